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

  it("negates a none-of list, still quoting its values", () => {
    expect(buildMeilisearchFilter([{ attribute: "locationAreaCodes", noneOf: ['20" OR 1=1'] }])).toEqual([
      'NOT locationAreaCodes IN ["20\\" OR 1=1"]',
    ]);
  });

  it("rejects an empty value list", () => {
    expect(() => buildMeilisearchFilter([{ attribute: "kind", anyOf: [] }])).toThrow(/at least one/);
  });

  it("builds not-empty and geo-radius conditions, checking numbers", () => {
    expect(
      buildMeilisearchFilter([
        { attribute: "certificateTypes", notEmpty: true },
        { geoRadius: { lat: 53.1, lng: 23.2, meters: 5000 } },
      ]),
    ).toEqual(["certificateTypes IS NOT EMPTY", "_geoRadius(53.1, 23.2, 5000)"]);
    expect(() => buildMeilisearchFilter([{ geoRadius: { lat: Number.NaN, lng: 1, meters: 1 } }])).toThrow(
      /finite/,
    );
    expect(() => buildMeilisearchFilter([{ geoRadius: { lat: 1, lng: 1, meters: -1 } }])).toThrow(/positive/);
    expect(() => buildMeilisearchFilter([{ attribute: "x) OR (1", notEmpty: true }])).toThrow(/Invalid/);
  });
});
