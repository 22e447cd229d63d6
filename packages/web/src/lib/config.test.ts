import { afterEach, describe, expect, it, vi } from "vitest";
import { mapTiles } from "./config";

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
