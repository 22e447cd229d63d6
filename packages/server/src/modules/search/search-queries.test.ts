import { describe, expect, it } from "vitest";
import { federatedQueries, searchedTypes } from "./search-queries";

describe("searchedTypes", () => {
  it("always filters on published records, except places which have no state", () => {
    const searched = searchedTypes(null, {}, null);
    expect(searched.map((entry) => entry.type)).toEqual([
      "SERVICE",
      "ORGANIZATION",
      "GOOD_PRACTICE",
      "DOCUMENT",
      "TERRITORIAL_UNIT",
    ]);
    for (const { type, conditions } of searched) {
      if (type !== "TERRITORIAL_UNIT")
        expect(conditions).toContainEqual({ attribute: "publicationState", anyOf: ["PUBLISHED"] });
    }
  });

  it("leaves out the types a filter does not apply to", () => {
    expect(searchedTypes(null, { freeOnly: true }, null).map((entry) => entry.type)).toEqual(["SERVICE"]);
    expect(searchedTypes(null, { legalForms: ["FOUNDATION"] }, null).map((entry) => entry.type)).toEqual([
      "ORGANIZATION",
    ]);
    expect(searchedTypes(["DOCUMENT"], { freeOnly: true }, null)).toEqual([]);
    expect(
      searchedTypes(null, { serviceAreas: ["SOCIAL_ASSISTANCE"] }, null).map((entry) => entry.type),
    ).toEqual(["SERVICE", "GOOD_PRACTICE"]);
  });

  it("matches records inside the area and records attached to a unit containing it", () => {
    for (const type of ["SERVICE", "ORGANIZATION", "GOOD_PRACTICE", "DOCUMENT"] as const) {
      const [searched] = searchedTypes([type], { areaCode: "2002063" }, null);
      expect(searched!.conditions).toContainEqual({
        either: [
          { attribute: "areaCodes", anyOf: ["2002063"] },
          { attribute: "unitCodes", anyOf: ["20", "2002"] },
        ],
      });
    }
    const [region] = searchedTypes(["SERVICE"], { areaCode: "20" }, null);
    expect(region!.conditions).toContainEqual({ attribute: "areaCodes", anyOf: ["20"] });
  });
});

describe("federatedQueries", () => {
  it("sends stems to content indexes and the folded name to places", () => {
    const queries = federatedQueries(
      "Opieka w Łapach",
      searchedTypes(["SERVICE", "TERRITORIAL_UNIT"], {}, null),
    );
    expect(queries.map((query) => query.query)).toEqual(["opiek lap opieka lapach", "Opieka w Lapach"]);
  });

  it("splits services in a chosen area into those located there and those only serving it", () => {
    const queries = federatedQueries("opieka", searchedTypes(["SERVICE"], { areaCode: "2002063" }, null));
    expect(queries).toHaveLength(2);
    expect(queries[0]!.filter).toContainEqual({ attribute: "locationAreaCodes", anyOf: ["2002063"] });
    expect(queries[1]!.filter).toContainEqual({ attribute: "locationAreaCodes", noneOf: ["2002063"] });
    expect(queries[1]!.weight).toBeCloseTo(queries[0]!.weight! * 0.9);
  });
});
