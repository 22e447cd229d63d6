import { describe, expect, it } from "vitest";
import { placeLabel, regionPlaces, unitLabel, type PlaceUnit } from "./place-picker-matches";

const BIALOSTOCKI = { code: "2002", name: "białostocki", kind: "COUNTY" } as const;
const LAPY: PlaceUnit = {
  code: "2002063",
  name: "Łapy",
  kind: "URBAN_RURAL_MUNICIPALITY",
  parent: BIALOSTOCKI,
};
const BIALYSTOK = { code: "2061", name: "Białystok", kind: "CITY_WITH_COUNTY_RIGHTS" } as const;

describe("regionPlaces", () => {
  it("keeps the powiaty and gminy of podlaskie, best first", () => {
    const places = regionPlaces([
      { code: "1201011", name: "Łapanów", kind: "RURAL_MUNICIPALITY", parent: null },
      LAPY,
      { ...BIALOSTOCKI, parent: { code: "20", name: "podlaskie", kind: "VOIVODESHIP" } },
    ]);
    expect(places.map((place) => place.code)).toEqual(["2002063", "2002"]);
    expect(places[0]).toEqual({
      code: "2002063",
      name: "Łapy",
      kind: "URBAN_RURAL_MUNICIPALITY",
      countyName: "białostocki",
    });
  });

  it("offers a city with powiat rights once, as the city, not also as its gmina", () => {
    const places = regionPlaces([
      { ...BIALYSTOK, parent: { code: "20", name: "podlaskie", kind: "VOIVODESHIP" } },
      { code: "2061011", name: "Białystok", kind: "URBAN_MUNICIPALITY", parent: BIALYSTOK },
    ]);
    expect(places).toEqual([{ ...BIALYSTOK, countyName: null }]);
  });

  it("leaves out parts of gminy and units of other kinds", () => {
    expect(
      regionPlaces([
        { code: "2002064", name: "Łapy", kind: "TOWN_OF_URBAN_RURAL_MUNICIPALITY", parent: null },
        { code: "20", name: "podlaskie", kind: "VOIVODESHIP", parent: null },
      ]),
    ).toEqual([]);
  });
});

describe("placeLabel", () => {
  it("names the kind and the powiat, so that namesakes can be told apart", () => {
    expect(placeLabel(regionPlaces([LAPY])[0]!)).toBe("gmina miejsko-wiejska Łapy (powiat białostocki)");
    expect(placeLabel({ ...BIALOSTOCKI, countyName: null })).toBe("powiat białostocki");
    expect(placeLabel({ ...BIALYSTOK, countyName: null })).toBe("Białystok (miasto na prawach powiatu)");
    const bielsk = { code: "2003011", name: "Bielsk Podlaski", countyName: "bielski" };
    expect(placeLabel({ ...bielsk, kind: "URBAN_MUNICIPALITY" })).not.toBe(
      placeLabel({ ...bielsk, code: "2003032", kind: "RURAL_MUNICIPALITY" }),
    );
  });

  it("keeps the Polish names in English and Ukrainian and translates the kind", () => {
    const lapy = regionPlaces([LAPY])[0]!;
    expect(placeLabel(lapy, "en")).toBe("Łapy (urban-rural municipality, powiat białostocki)");
    expect(placeLabel(lapy, "uk")).toBe("Łapy (місько-сільська гміна, powiat białostocki)");
    expect(placeLabel({ ...BIALOSTOCKI, countyName: null }, "uk")).toBe("powiat białostocki (повіт)");
    expect(placeLabel({ ...BIALYSTOK, countyName: null }, "en")).toBe("Białystok (city with county rights)");
  });
});

describe("unitLabel", () => {
  it("puts the kind before the name in Polish and translates it after the name otherwise", () => {
    expect(unitLabel(LAPY)).toBe("gmina miejsko-wiejska Łapy");
    expect(unitLabel(BIALOSTOCKI)).toBe("powiat białostocki");
    expect(unitLabel(LAPY, "en")).toBe("Łapy (urban-rural municipality)");
    expect(unitLabel(BIALOSTOCKI, "uk")).toBe("powiat białostocki (повіт)");
  });
});
