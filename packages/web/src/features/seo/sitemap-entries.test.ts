import { describe, expect, it } from "vitest";
import { collectAllPages, sitemapEntries, type Page } from "./sitemap-entries";

describe("sitemapEntries", () => {
  it("lists sections, the pages about the site and every detail page, absolute; never /szukaj", () => {
    const urls = sitemapEntries("https://obserwatorium.pl", [
      { path: "/uslugi/opieka-lapy", updatedAt: "2026-01-02T10:00:00.000Z" },
    ]);
    expect(urls.map((entry) => entry.url)).toEqual(
      expect.arrayContaining([
        "https://obserwatorium.pl/",
        "https://obserwatorium.pl/dokumenty/lpdi",
        "https://obserwatorium.pl/deklaracja-dostepnosci",
        "https://obserwatorium.pl/uslugi/opieka-lapy",
      ]),
    );
    expect(urls.some((entry) => entry.url.includes("/szukaj"))).toBe(false);
    expect(urls.at(-1)).toEqual({
      url: "https://obserwatorium.pl/uslugi/opieka-lapy",
      lastModified: "2026-01-02T10:00:00.000Z",
    });
  });
});

describe("collectAllPages", () => {
  it("follows endCursor until hasNextPage is false", async () => {
    const pages: Record<string, Page<number>> = {
      start: { nodes: [1, 2], hasNextPage: true, endCursor: "a" },
      a: { nodes: [3, 4], hasNextPage: true, endCursor: "b" },
      b: { nodes: [5], hasNextPage: false, endCursor: "c" },
    };
    const asked: (string | null)[] = [];
    const all = await collectAllPages(async (after) => {
      asked.push(after);
      return pages[after ?? "start"]!;
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([null, "a", "b"]);
  });

  it("stops when the cursor does not move instead of looping forever", async () => {
    let calls = 0;
    const all = await collectAllPages(async () => {
      calls++;
      return { nodes: [calls], hasNextPage: true, endCursor: "same" };
    });
    expect(all).toEqual([1, 2]);
  });
});
