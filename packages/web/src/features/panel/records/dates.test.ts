import { describe, expect, it } from "vitest";
import { daysBetween, endOfTerm, todayInWarsaw } from "./dates";

describe("panel record dates", () => {
  it("takes today in Warsaw, not in UTC", () => {
    expect(todayInWarsaw(new Date("2026-03-31T22:30:00Z"))).toBe("2026-04-01");
    expect(todayInWarsaw(new Date("2026-03-31T21:30:00Z"))).toBe("2026-03-31");
  });

  it("counts days between calendar dates across a change of time", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-04-10", "2026-04-01")).toBe(-9);
  });

  it("ends a 12-month term the day before the same date a year later", () => {
    expect(endOfTerm("2026-03-15", 12)).toBe("2027-03-14");
    expect(endOfTerm("2026-01-01", 12)).toBe("2026-12-31");
    expect(endOfTerm("2024-02-29", 12)).toBe("2025-02-28");
  });
});
