import { describe, expect, it } from "vitest";
import { clockAt, endOfTerm } from "./clock";

describe("clock", () => {
  it("uses the Polish calendar date, not UTC", () => {
    expect(clockAt(() => new Date("2026-06-30T22:30:00Z")).today()).toBe("2026-07-01");
  });
});

describe("endOfTerm", () => {
  it("ends a 12-month term the day before the anniversary", () => {
    expect(endOfTerm("2026-03-15", 12)).toBe("2027-03-14");
    expect(endOfTerm("2026-01-01", 12)).toBe("2026-12-31");
  });

  it("handles month ends and leap years", () => {
    expect(endOfTerm("2027-02-28", 12)).toBe("2028-02-27");
    expect(endOfTerm("2026-01-31", 1)).toBe("2026-02-28");
  });
});
