import { describe, expect, it } from "vitest";
import { socialEnterpriseStatusOn } from "./social-enterprise-status";

const granted = { decision: "GRANTED" as const, decisionDate: "2023-02-01", effectiveFrom: "2023-02-01" };
const withdrawn = { decision: "WITHDRAWN" as const, decisionDate: "2024-05-10", effectiveFrom: "2024-05-10" };
const regranted = { decision: "GRANTED" as const, decisionDate: "2025-06-01", effectiveFrom: "2025-06-01" };

describe("socialEnterpriseStatusOn", () => {
  it("is NONE without decisions or before the first one applies", () => {
    expect(socialEnterpriseStatusOn([], "2026-01-01")).toBe("NONE");
    expect(socialEnterpriseStatusOn([granted], "2023-01-31")).toBe("NONE");
  });

  it("follows the history by date, whatever order it is stored in", () => {
    const history = [regranted, granted, withdrawn];
    expect(socialEnterpriseStatusOn(history, "2023-02-01")).toBe("ACTIVE");
    expect(socialEnterpriseStatusOn(history, "2024-05-10")).toBe("WITHDRAWN");
    expect(socialEnterpriseStatusOn(history, "2026-01-01")).toBe("ACTIVE");
  });
});
