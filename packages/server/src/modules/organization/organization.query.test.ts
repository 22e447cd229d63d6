import { describe, expect, it } from "vitest";
import { organizationWhere } from "./organization.query";

describe("organizationWhere", () => {
  it("binds every value as a parameter and never puts input into the SQL text", () => {
    const hostile = "'; drop table organization; --";
    const { sql, params } = organizationWhere({
      today: "2026-11-22",
      publicationStates: ["PUBLISHED"],
      identifier: hostile,
      areaCode: hostile,
      cpvPrefix: hostile,
      legalForms: ["SOCIAL_COOPERATIVE"],
    });
    expect(sql).not.toContain(hostile);
    expect(params).toContain(hostile);
    expect(sql.split("?").length - 1).toBe(params.length);
  });

  it("shows only what the publication states allow", () => {
    const { sql, params } = organizationWhere({ today: "2026-11-22", publicationStates: ["PUBLISHED"] });
    expect(sql).toBe("o.publication_state in (?)");
    expect(params).toEqual([["PUBLISHED"]]);
  });

  it.each(["SOCIAL_INTEGRATION", "PUBLIC_SERVICE_MISSION"] as const)(
    "binds the kinds and codes of a %s reserved contract as parameters",
    (kind) => {
      const { sql, params } = organizationWhere({
        today: "2026-11-22",
        publicationStates: ["PUBLISHED"],
        canBidForReservedContract: kind,
      });
      expect(sql).not.toMatch(/SOCIAL_COOPERATIVE|ZPCHR|85312000/);
      expect(sql.split("?").length - 1).toBe(params.length);
      expect(JSON.stringify(params)).toMatch(kind === "SOCIAL_INTEGRATION" ? /ZPCHR/ : /85312000/);
    },
  );
});
