import { describe, expect, it } from "vitest";
import { importRefusal, importSummary } from "./import-answer";

describe("importRefusal", () => {
  it("lists each problem with its line and column, and marks the file field", () => {
    const state = importRefusal([
      { field: ["csv", "3", "value"], message: "must be a number" },
      { field: ["csv", "1", "header"], message: "lacks the column teryt" },
      { field: ["csv"], message: "is not UTF-8" },
    ]);
    expect(state.status).toBe("rejected");
    expect(state.fieldErrors.csv).toContain("(3)");
    expect(state.formErrors).toEqual([
      "Wiersz 3, kolumna value: must be a number",
      "Wiersz 1, kolumna header: lacks the column teryt",
      "is not UTF-8",
    ]);
  });
});

describe("importSummary", () => {
  it("counts the unchanged rows too", () => {
    expect(importSummary(10, 4, 1)).toBe(
      "Zaimportowano wierszy: 10 (nowych wartości: 4, zmienionych: 1, bez zmian: 5).",
    );
  });
});
