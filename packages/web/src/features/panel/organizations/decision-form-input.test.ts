import { describe, expect, it } from "vitest";
import { decisionInputFromForm } from "./decision-form-input";

describe("decisionInputFromForm", () => {
  it("reads a decision, leaving the optional fields null", () => {
    expect(
      decisionInputFromForm({
        decision: "GRANTED",
        decisionDate: "2025-06-02",
        decisionNumber: "",
        effectiveFrom: "",
        voivodeshipCode: "20",
      }),
    ).toEqual({
      ok: true,
      input: {
        decision: "GRANTED",
        decisionDate: "2025-06-02",
        decisionNumber: null,
        effectiveFrom: null,
        voivodeshipCode: "20",
      },
      rowIndexes: {},
    });
  });

  it("refuses a missing kind and date", () => {
    const result = decisionInputFromForm({ decision: "", decisionDate: "", voivodeshipCode: "20" });
    expect(result.ok || Object.keys(result.errors)).toEqual(["decision", "decisionDate"]);
  });
});
