import { describe, expect, it } from "vitest";
import { parseSiteSearch, siteSearchHref } from "./site-search";

describe("parseSiteSearch", () => {
  it("reads the query, the Polish type values and the page, dropping unknown values", () => {
    expect(parseSiteSearch({ q: "  opieka  ", typ: ["dokumenty", "xyz", "uslugi"], strona: "2" })).toEqual({
      text: "opieka",
      types: ["SERVICE", "DOCUMENT"],
      page: 2,
    });
    expect(parseSiteSearch({})).toEqual({ text: "", types: [], page: 1 });
  });

  it("cuts a query longer than the API accepts", () => {
    expect(parseSiteSearch({ q: "a".repeat(300) }).text).toHaveLength(200);
  });
});

describe("siteSearchHref", () => {
  it("builds a shareable URL that parses back to the same search", () => {
    const search = { text: "opieka wytchnieniowa", types: ["DOCUMENT" as const], page: 1 };
    const href = siteSearchHref(search, { page: 3 });
    expect(href).toBe("/szukaj?q=opieka+wytchnieniowa&typ=dokumenty&strona=3");
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseSiteSearch(params)).toEqual({ ...search, page: 3 });
    expect(siteSearchHref({ text: "", types: [], page: 1 })).toBe("/szukaj");
  });
});
