import { describe, expect, it } from "vitest";
import { documentStatus } from "./document-status";

const base = {
  stage: "ADOPTED" as const,
  adoptedOn: "2025-03-01",
  inForceFrom: null,
  inForceTo: null,
  repealedOn: null,
  periodToYear: 2030,
};

describe("documentStatus", () => {
  it("is the stage before adoption", () => {
    expect(documentStatus({ ...base, stage: "DRAFT", adoptedOn: null }, "2026-11-22")).toBe("DRAFT");
    expect(documentStatus({ ...base, stage: "CONSULTATION", adoptedOn: null }, "2026-11-22")).toBe(
      "CONSULTATION",
    );
  });

  it("follows the dates after adoption", () => {
    expect(documentStatus(base, "2026-11-22")).toBe("IN_FORCE");
    expect(documentStatus({ ...base, inForceFrom: "2027-01-01" }, "2026-11-22")).toBe("ADOPTED");
    expect(documentStatus({ ...base, inForceTo: "2026-11-21" }, "2026-11-22")).toBe("EXPIRED");
    expect(documentStatus({ ...base, periodToYear: 2025 }, "2026-11-22")).toBe("EXPIRED");
    expect(documentStatus({ ...base, repealedOn: "2026-11-22" }, "2026-11-22")).toBe("REPEALED");
    expect(documentStatus({ ...base, repealedOn: "2026-12-01" }, "2026-11-22")).toBe("IN_FORCE");
  });
});
