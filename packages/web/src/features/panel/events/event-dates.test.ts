import { describe, expect, it } from "vitest";
import { eventSpan, wallClockInput, warsawWallClock } from "./event-dates";

describe("warsawWallClock", () => {
  it("shows a UTC moment by the Polish clock, in winter and in summer", () => {
    expect(warsawWallClock("2026-12-03T09:00:00.000Z")).toBe("2026-12-03T10:00");
    expect(warsawWallClock("2026-06-30T22:30:00.000Z")).toBe("2026-07-01T00:30");
    expect(warsawWallClock("2026-12-03T10:00:00+01:00")).toBe("2026-12-03T10:00");
  });

  it("leaves a missing or unreadable moment blank", () => {
    expect(warsawWallClock(null)).toBe("");
    expect(warsawWallClock("jutro")).toBe("");
  });
});

describe("wallClockInput", () => {
  it("accepts a space instead of the T and a one-digit hour", () => {
    expect(wallClockInput(" 2026-12-03 9:05 ")).toBe("2026-12-03T09:05");
    expect(wallClockInput("2026-12-03T10:00")).toBe("2026-12-03T10:00");
    expect(wallClockInput("")).toBe("");
  });
});

describe("eventSpan", () => {
  it("names the day once for a one-day event and both days otherwise", () => {
    expect(eventSpan("2026-12-03T09:00:00Z", "2026-12-03T13:00:00Z")).toBe("3 gru 2026, 10:00–14:00");
    expect(eventSpan("2026-12-03T09:00:00Z", "2026-12-04T13:00:00Z")).toBe(
      "3 gru 2026, 10:00 – 4 gru 2026, 14:00",
    );
  });
});
