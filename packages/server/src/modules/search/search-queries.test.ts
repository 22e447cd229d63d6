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

  it("matches documents of the unit and of the units containing it", () => {
    const [documents] = searchedTypes(["DOCUMENT"], { areaCode: "2002063" }, null);
    expect(documents!.conditions).toContainEqual({
      attribute: "territorialUnitCode",
      anyOf: ["2002063", "20", "2002"],
    });
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
});
