import { afterEach, describe, expect, it, vi } from "vitest";
import { mapTiles, siteUrl } from "./config";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("mapTiles", () => {
  it("is off when MAP_TILE_URL is unset: no request to a third party", () => {
    vi.stubEnv("MAP_TILE_URL", "");
    expect(mapTiles()).toBeNull();
  });

  it("reads an XYZ template with its attribution", () => {
    vi.stubEnv("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    vi.stubEnv("MAP_TILE_ATTRIBUTION", "© autorzy OpenStreetMap");
    expect(mapTiles()).toEqual({
      urlTemplate: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
      attribution: "© autorzy OpenStreetMap",
    });
  });

  it("refuses a template that is not an http(s) XYZ address, or comes without attribution", () => {
    vi.stubEnv("MAP_TILE_ATTRIBUTION", "© autorzy OpenStreetMap");
    for (const template of [
      "https://tile.example.org/{z}/{x}.png",
      "ftp://tile.example.org/{z}/{x}/{y}.png",
      "{z}{x}{y}",
    ]) {
      vi.stubEnv("MAP_TILE_URL", template);
      expect(() => mapTiles()).toThrow(/MAP_TILE_URL must be/);
    }
    vi.stubEnv("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    vi.stubEnv("MAP_TILE_ATTRIBUTION", " ");
    expect(() => mapTiles()).toThrow(/MAP_TILE_ATTRIBUTION is required/);
  });
});

describe("siteUrl", () => {
  it("defaults to the local site and drops a trailing slash", () => {
    vi.stubEnv("SITE_URL", "");
    expect(siteUrl()).toBe("http://localhost:3000");
    vi.stubEnv("SITE_URL", "https://obserwatorium.rops-bialystok.pl/");
    expect(siteUrl()).toBe("https://obserwatorium.rops-bialystok.pl");
    vi.stubEnv("SITE_URL", "https://rops-bialystok.pl/obserwatorium/");
    expect(siteUrl()).toBe("https://rops-bialystok.pl/obserwatorium");
  });

  it("refuses anything but an http(s) address without a query", () => {
    for (const value of ["obserwatorium.pl", "ftp://obserwatorium.pl", "https://obserwatorium.pl/?a=1"]) {
      vi.stubEnv("SITE_URL", value);
      expect(() => siteUrl()).toThrow(/SITE_URL must be/);
    }
  });
});
