import { describe, expect, it } from "vitest";
import { eventSearchHref, hasFilters, parseEventSearch, shiftMonth, toEventFilter } from "./event-search";

const NOW = new Date("2026-05-10T10:00:00Z");

describe("parseEventSearch", () => {
  it("reads every filter from the URL and writes the same URL back", () => {
    const search = parseEventSearch({
      minione: "1",
      gdzie: "Łapy",
      obszar: "2002063",
      od: "2026-06-01",
      do: "2026-06-30",
      rodzaj: ["TRAINING", "toString"],
      temat: "LPDI",
      zapisy: "otwarte",
      strona: "2",
    });
    expect(search).toMatchObject({
      kinds: ["TRAINING"],
      topics: ["LPDI"],
      areaCode: "2002063",
      from: "2026-06-01",
      to: "2026-06-30",
      openOnly: true,
      past: true,
      view: "list",
      page: 2,
      badDate: null,
    });
    expect(eventSearchHref(search, { page: 2 })).toBe(
      "/wydarzenia?minione=1&gdzie=%C5%81apy&obszar=2002063&od=2026-06-01&do=2026-06-30&rodzaj=TRAINING&temat=LPDI&zapisy=otwarte&strona=2",
    );
    expect(hasFilters(search)).toBe(true);
  });

  it("flags a typed date that is no date, drops codes outside the region and swaps reversed dates", () => {
    expect(parseEventSearch({ od: "31.05.2026" }).badDate).toBe("od");
    const search = parseEventSearch({ obszar: "1465011", od: "2026-07-01", do: "2026-06-01" });
    expect([search.areaCode, search.from, search.to]).toEqual(["", "2026-06-01", "2026-07-01"]);
  });

  it("keeps the calendar's month in the calendar's links and leaves the list's page out", () => {
    const search = parseEventSearch({ widok: "kalendarz", miesiac: "2026-13", temat: "CUS" });
    expect(search.month).toBe("");
    expect(eventSearchHref(search, { month: "2026-06" })).toBe(
      "/wydarzenia?widok=kalendarz&temat=CUS&miesiac=2026-06",
    );
    expect(eventSearchHref(search, { view: "list" })).toBe("/wydarzenia?temat=CUS");
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
  });
});

describe("toEventFilter", () => {
  it("shows what has not ended yet by default, and what started before now for past events", () => {
    expect(toEventFilter(parseEventSearch({}), null, NOW)).toEqual({
      kinds: undefined,
      topics: undefined,
      areaCode: undefined,
      openForRegistration: undefined,
      from: "2026-05-10T10:00:00.000Z",
      to: undefined,
    });
    expect(toEventFilter(parseEventSearch({ minione: "1", zapisy: "otwarte" }), "2002", NOW)).toMatchObject({
      areaCode: "2002",
      openForRegistration: true,
      to: "2026-05-10T10:00:00.000Z",
    });
  });

  it("turns typed dates into whole Warsaw days and a month into its bounds", () => {
    const search = parseEventSearch({ od: "2026-06-01", do: "2026-06-01" });
    expect(toEventFilter(search, null, NOW)).toMatchObject({
      from: "2026-05-31T22:00:00.000Z",
      to: "2026-06-01T22:00:00.000Z",
    });
    expect(toEventFilter(search, null, NOW, "2026-12")).toMatchObject({
      from: "2026-11-30T23:00:00.000Z",
      to: "2026-12-31T23:00:00.000Z",
    });
  });
});
