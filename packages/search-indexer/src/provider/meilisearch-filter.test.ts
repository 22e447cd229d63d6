import { describe, expect, it } from "vitest";
import { buildMeilisearchFilter } from "./meilisearch-filter";

describe("buildMeilisearchFilter", () => {
  it("quotes every value and joins conditions", () => {
    expect(
      buildMeilisearchFilter([
        { attribute: "kind", anyOf: ["COUNTY", "VOIVODESHIP"] },
        { attribute: "level", anyOf: [2] },
      ]),
    ).toEqual(['kind IN ["COUNTY", "VOIVODESHIP"]', "level IN [2]"]);
  });

  it("escapes quotes and backslashes so a value cannot close the expression", () => {
    const [filter] = buildMeilisearchFilter([{ attribute: "name", anyOf: ['x" OR kind = "y\\'] }]);
    expect(filter).toBe('name IN ["x\\" OR kind = \\"y\\\\"]');
  });

  it("rejects attribute names that are not plain identifiers", () => {
    expect(() => buildMeilisearchFilter([{ attribute: "kind = 1 OR x", anyOf: ["a"] }])).toThrow(
      /Invalid filter attribute/,
    );
  });

  it("rejects an empty value list", () => {
    expect(() => buildMeilisearchFilter([{ attribute: "kind", anyOf: [] }])).toThrow(/at least one/);
  });
});
