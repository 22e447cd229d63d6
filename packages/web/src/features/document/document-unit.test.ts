import { describe, expect, it } from "vitest";
import { unitLabel, unitParts } from "./document-unit";

const LAPY = { name: "Łapy", kind: "URBAN_RURAL_MUNICIPALITY" } as const;

describe("unitParts", () => {
  it("keeps the Polish label whole on a Polish page", () => {
    expect(unitParts(LAPY, "pl")).toEqual({ name: "gmina miejsko-wiejska Łapy", kind: null });
    expect(unitParts(LAPY, "pl").name).toBe(unitLabel(LAPY));
  });

  it("keeps the Polish name and translates the kind elsewhere", () => {
    expect(unitParts(LAPY, "en")).toEqual({ name: "Łapy", kind: "urban-rural municipality" });
    expect(unitParts({ name: "białostocki", kind: "COUNTY" }, "en")).toEqual({
      name: "powiat białostocki",
      kind: "county",
    });
    expect(unitParts({ name: "podlaskie", kind: "VOIVODESHIP" }, "uk")).toEqual({
      name: "województwo podlaskie",
      kind: "воєводство",
    });
    expect(unitParts({ name: "Białystok", kind: "CITY_WITH_COUNTY_RIGHTS" }, "uk")).toEqual({
      name: "Białystok",
      kind: "місто на правах повіту",
    });
  });
});
