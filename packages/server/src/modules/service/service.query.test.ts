import { describe, expect, it } from "vitest";
import { serviceWhere } from "./service.query";

describe("serviceWhere", () => {
  it("binds every value as a parameter and never puts input into the SQL text", () => {
    const hostile = "'; drop table service; --";
    const { sql, params } = serviceWhere({
      publicationStates: ["PUBLISHED"],
      providerStates: ["PUBLISHED"],
      ids: [hostile],
      slug: hostile,
      serviceTypes: [hostile],
      areaServiceTypes: [hostile],
      targetGroups: [hostile],
      areaCode: hostile,
      freeOnly: true,
      deliveryModes: [hostile],
      accessibilityFeatures: [hostile],
      languages: [hostile],
      providerId: hostile,
      openAt: [
        { weekday: 1, time: hostile },
        { weekday: 2, time: hostile, date: hostile },
      ],
    });
    expect(sql).not.toContain(hostile);
    expect(sql).not.toContain("drop");
    expect(params).toContain(hostile);
    expect(sql.split("?").length - 1).toBe(params.length);
  });

  it("shows only published services of published (or no) providers by default", () => {
    const { sql, params } = serviceWhere({ publicationStates: ["PUBLISHED"], providerStates: ["PUBLISHED"] });
    expect(sql).toContain("s.publication_state in (?)");
    expect(sql).toContain("s.provider_organization_id is null");
    expect(params).toEqual([["PUBLISHED"], ["PUBLISHED"]]);
  });
});
