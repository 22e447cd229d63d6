import { describe, expect, it } from "vitest";
import { parseDecimal } from "./parse-decimal";

describe("parseDecimal", () => {
  it("reads decimal commas and dots, minus signs and grouped thousands", () => {
    expect(parseDecimal("6,9")).toBe(6.9);
    expect(parseDecimal("6.9")).toBe(6.9);
    expect(parseDecimal(" -0,25 ")).toBe(-0.25);
    expect(parseDecimal("\u22123")).toBe(-3);
    expect(parseDecimal("1 173 286")).toBe(1173286);
    expect(parseDecimal("81\u00a0822,5")).toBe(81822.5);
    expect(parseDecimal("12")).toBe(12);
  });

  it("refuses anything else", () => {
    for (const text of [
      "",
      "abc",
      "1,2,3",
      "1.234,5",
      "12 34",
      "1e5",
      "+3",
      ",5",
      "5,",
      "1234567890123456",
    ]) {
      expect(parseDecimal(text), text).toBeNull();
    }
  });
});
