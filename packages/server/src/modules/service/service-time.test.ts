import { describe, expect, it } from "vitest";
import { isStaleOn, shortTime, warsawMoment } from "./service-time";

describe("warsawMoment", () => {
  it("reads the wall clock in Poland, summer and winter time alike", () => {
    expect(warsawMoment(new Date("2026-11-23T09:30:00Z"))).toEqual({
      date: "2026-11-23",
      weekday: 1,
      time: "10:30",
    });
    expect(warsawMoment(new Date("2026-07-05T22:15:00Z"))).toEqual({
      date: "2026-07-06",
      weekday: 1,
      time: "00:15",
    });
    expect(warsawMoment(new Date("2026-11-22T12:00:00Z")).weekday).toBe(7);
  });
});

describe("isStaleOn", () => {
  it("marks services not verified for 12 months, and never verified ones", () => {
    expect(isStaleOn("2025-11-22", "2026-11-22")).toBe(false);
    expect(isStaleOn("2025-11-21", "2026-11-22")).toBe(true);
    expect(isStaleOn(null, "2026-11-22")).toBe(true);
    expect(isStaleOn("2027-02-28", "2028-02-29")).toBe(false);
  });

  it("shortens PostgreSQL times", () => {
    expect(shortTime("08:00:00")).toBe("08:00");
  });
});
