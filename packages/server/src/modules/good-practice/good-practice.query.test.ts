import { describe, expect, it } from "vitest";
import { goodPracticeOrderBy, goodPracticeWhere } from "./good-practice.query";

describe("goodPracticeWhere", () => {
  it("binds every value as a parameter and never puts input into the SQL text", () => {
    const hostile = "'; drop table good_practice; --";
    const { sql, params } = goodPracticeWhere({
      publicationStates: ["PUBLISHED"],
      ids: [hostile],
      slug: hostile,
      serviceAreas: [hostile],
      targetGroups: [hostile],
      areaCode: hostile,
      organizationId: hostile,
      fromYear: 2020,
      toYear: 2024,
    });
    expect(sql).not.toContain("drop");
    expect(params).toContain(hostile);
    expect(sql.split("?").length - 1).toBe(params.length);
  });

  it("shows only published practices by default and treats an open period as ongoing", () => {
    expect(goodPracticeWhere({ publicationStates: ["PUBLISHED"] })).toEqual({
      sql: "g.publication_state in (?)",
      params: [["PUBLISHED"]],
    });
    const { sql } = goodPracticeWhere({ publicationStates: ["PUBLISHED"], fromYear: 2025 });
    expect(sql).toContain("g.period_to_year is null or g.period_to_year >= ?");
  });
});

describe("goodPracticeOrderBy", () => {
  it("orders by rank with text, else newest first", () => {
    expect(goodPracticeOrderBy({ publicationStates: [], ids: ["a", "b"], relevance: true }).params).toEqual([
      "a,b",
    ]);
    expect(goodPracticeOrderBy({ publicationStates: [] }).sql).toMatch(/^g\.period_from_year desc/);
  });
});
