import { describe, expect, it } from "vitest";
import { formatDate, isStale } from "./dates";

describe("formatDate", () => {
  it("writes a calendar date in Polish, the same day in every time zone", () => {
    expect(formatDate("2027-03-07")).toBe("7 marca 2027");
    expect(formatDate("2026-01-01")).toBe("1 stycznia 2026");
  });
});

describe("isStale", () => {
  const now = new Date("2026-11-22T10:00:00Z");

  it("is stale when never verified or verified more than 12 months ago", () => {
    expect(isStale(null, now)).toBe(true);
    expect(isStale("2025-11-21", now)).toBe(true);
  });

  it("is fresh when verified within the last 12 months", () => {
    expect(isStale("2025-11-22", now)).toBe(false);
    expect(isStale("2026-09-05", now)).toBe(false);
  });
});
