import { describe, expect, it } from "vitest";
import {
  goodPracticeSearchHref,
  hasFilters,
  parseGoodPracticeSearch,
  periodYears,
  toGoodPracticeFilter,
} from "./good-practice-search";

describe("parseGoodPracticeSearch", () => {
  it("reads every filter from the URL, and writes the same URL back", () => {
    const search = parseGoodPracticeSearch(
      {
        q: " opieka wytchnieniowa ",
        gdzie: "lapy",
        obszar: "2002063",
        kategoria: ["SOCIAL_ASSISTANCE", "HOUSING"],
        grupa: "CARERS",
        od: "2021",
        do: "2024",
        strona: "2",
      },
      2026,
    );
    expect(search).toEqual({
      text: "opieka wytchnieniowa",
      place: "lapy",
      placeInUrl: true,
      areaCode: "2002063",
      areas: ["SOCIAL_ASSISTANCE", "HOUSING"],
      targetGroups: ["CARERS"],
      fromYear: 2021,
      toYear: 2024,
      page: 2,
    });
    expect(goodPracticeSearchHref(search, { page: 2 })).toBe(
      "/dobre-praktyki?q=opieka+wytchnieniowa&gdzie=lapy&obszar=2002063&kategoria=SOCIAL_ASSISTANCE&kategoria=HOUSING&grupa=CARERS&od=2021&do=2024&strona=2",
    );
    expect(hasFilters(search)).toBe(true);
  });

  it("drops unknown values, codes outside the region and years the form does not offer", () => {
    const search = parseGoodPracticeSearch(
      { obszar: "1465011", kategoria: ["toString", "HOUSING"], grupa: "NOBODY", od: "1999", do: "2030" },
      2026,
    );
    expect(search).toMatchObject({ areaCode: "", areas: ["HOUSING"], targetGroups: [], fromYear: null });
    expect(search.toYear).toBeNull();
  });

  it("swaps years given the wrong way round", () => {
    const search = parseGoodPracticeSearch({ od: "2024", do: "2020" }, 2026);
    expect([search.fromYear, search.toYear]).toEqual([2020, 2024]);
  });

  it("is the bare path without filters", () => {
    const search = parseGoodPracticeSearch({}, 2026);
    expect(hasFilters(search)).toBe(false);
    expect(goodPracticeSearchHref(search)).toBe("/dobre-praktyki");
  });
});

describe("toGoodPracticeFilter", () => {
  it("sends only what narrows the search, with the resolved place", () => {
    const search = parseGoodPracticeSearch({ q: "klub", grupa: "CARERS", od: "2022" }, 2026);
    expect(toGoodPracticeFilter(search, "2002")).toEqual({
      text: "klub",
      areaCode: "2002",
      serviceAreas: undefined,
      targetGroups: ["CARERS"],
      fromYear: 2022,
      toYear: undefined,
    });
  });
});

describe("periodYears", () => {
  it("offers the years from 2014 to the last one, newest first", () => {
    const years = periodYears(2026);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2014);
    expect(years).toHaveLength(13);
  });
});
