import { describe, expect, it } from "vitest";
import { formatWarsawIso, parseEventInstant, warsawDate, warsawOffsetMinutes } from "./warsaw-time";

describe("Warsaw time", () => {
  it("formats instants with the winter and the summer offset", () => {
    expect(formatWarsawIso(new Date("2026-12-03T09:00:00Z"))).toBe("2026-12-03T10:00:00+01:00");
    expect(formatWarsawIso(new Date("2026-06-03T08:30:00Z"))).toBe("2026-06-03T10:30:00+02:00");
    expect(warsawOffsetMinutes(new Date("2026-01-01T00:00:00Z"))).toBe(60);
    expect(warsawDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  it("reads wall-clock times without an offset as Warsaw time, on both sides of the clock changes", () => {
    expect(parseEventInstant("2026-12-03T10:00")?.toISOString()).toBe("2026-12-03T09:00:00.000Z");
    expect(parseEventInstant("2026-06-03T10:00:00")?.toISOString()).toBe("2026-06-03T08:00:00.000Z");
    // 29 March 2026: 02:00 → 03:00; 25 October 2026: 03:00 → 02:00 (the repeated 02:30 is read in winter time).
    expect(parseEventInstant("2026-03-29T01:59")?.toISOString()).toBe("2026-03-29T00:59:00.000Z");
    expect(parseEventInstant("2026-03-29T03:00")?.toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(parseEventInstant("2026-03-29T02:30")).toBeNull();
    expect(parseEventInstant("2026-10-25T02:30")?.toISOString()).toBe("2026-10-25T01:30:00.000Z");
    expect(parseEventInstant("2026-10-25T04:00")?.toISOString()).toBe("2026-10-25T03:00:00.000Z");
  });

  it("takes instants with Z or an offset as they are and refuses malformed or impossible ones", () => {
    expect(parseEventInstant("2026-12-03T10:00:00+01:00")?.toISOString()).toBe("2026-12-03T09:00:00.000Z");
    expect(parseEventInstant("2026-12-03T09:00:00.000Z")?.toISOString()).toBe("2026-12-03T09:00:00.000Z");
    for (const bad of [
      "",
      "jutro",
      "2026-12-03",
      "2026-02-31T10:00",
      "2026-02-30T10:00Z",
      "2026-12-03T24:00",
    ]) {
      expect(parseEventInstant(bad), bad).toBeNull();
    }
  });
});
