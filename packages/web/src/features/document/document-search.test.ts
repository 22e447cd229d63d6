import { describe, expect, it } from "vitest";
import { documentSearchHref, parseDocumentSearch, toDocumentFilter, yearOptions } from "./document-search";

describe("parseDocumentSearch", () => {
  it("reads the form's fields and drops what the API would refuse", () => {
    const search = parseDocumentSearch({
      q: "  mieszkania wspomagane ",
      rodzaj: ["LPDI", "NIEZNANY", "OZPS"],
      obszar: "2002063",
      rok: "2027",
      status: ["IN_FORCE", "in_force"],
      strona: "2",
    });
    expect(search).toEqual({
      text: "mieszkania wspomagane",
      kinds: ["LPDI", "OZPS"],
      areaCode: "2002063",
      year: 2027,
      statuses: ["IN_FORCE"],
      page: 2,
    });
  });

  it("ignores codes outside the region, malformed years and cuts long text", () => {
    const search = parseDocumentSearch({ obszar: "1261", rok: "27", q: "a".repeat(300) });
    expect(search.areaCode).toBe("");
    expect(search.year).toBeNull();
    expect(search.text).toHaveLength(200);
    expect(parseDocumentSearch({ rok: "1989" }).year).toBeNull();
    expect(parseDocumentSearch({ obszar: "20" }).areaCode).toBe("20");
  });
});

describe("toDocumentFilter", () => {
  it("leaves out what does not narrow the search", () => {
    expect(toDocumentFilter(parseDocumentSearch({}))).toEqual({
      text: undefined,
      kinds: undefined,
      areaCode: undefined,
      year: undefined,
      statuses: undefined,
    });
    expect(toDocumentFilter(parseDocumentSearch({ rodzaj: "LPDI", rok: "2026" }))).toMatchObject({
      kinds: ["LPDI"],
      year: 2026,
    });
  });
});

describe("documentSearchHref", () => {
  it("is the URL the form submits, page 1 left out", () => {
    const search = parseDocumentSearch({ q: "opieka", rodzaj: ["LPDI"], obszar: "2002", rok: "2026" });
    expect(documentSearchHref(search)).toBe("/dokumenty?q=opieka&rodzaj=LPDI&obszar=2002&rok=2026");
    expect(documentSearchHref(search, { page: 3 })).toBe(
      "/dokumenty?q=opieka&rodzaj=LPDI&obszar=2002&rok=2026&strona=3",
    );
    expect(documentSearchHref(parseDocumentSearch({}))).toBe("/dokumenty");
  });
});

describe("yearOptions", () => {
  it("offers the years from ten ahead back to 2010, and keeps a year chosen outside them", () => {
    const now = new Date("2026-11-22T12:00:00Z");
    const years = yearOptions(now, null);
    expect(years[0]).toBe(2036);
    expect(years.at(-1)).toBe(2010);
    expect(yearOptions(now, 1995).at(-1)).toBe(1995);
  });
});
