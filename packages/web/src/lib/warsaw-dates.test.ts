import { describe, expect, it } from "vitest";
import { isIsoDate, nextDay, warsawDayStart, warsawToday } from "./warsaw-dates";

describe("warsawDayStart", () => {
  it("is midnight in Warsaw, in winter and in summer time", () => {
    expect(warsawDayStart("2026-01-15")).toBe("2026-01-14T23:00:00.000Z");
    expect(warsawDayStart("2026-07-15")).toBe("2026-07-14T22:00:00.000Z");
    // The day summer time starts (29 March 2026) begins in winter time.
    expect(warsawDayStart("2026-03-29")).toBe("2026-03-28T23:00:00.000Z");
    expect(warsawDayStart("2026-03-30")).toBe("2026-03-29T22:00:00.000Z");
  });
});

describe("warsawToday and nextDay", () => {
  it("reads the Warsaw date, which is a day ahead of UTC late in the evening", () => {
    expect(warsawToday(new Date("2026-05-14T22:30:00Z"))).toBe("2026-05-15");
    expect(nextDay("2026-02-28")).toBe("2026-03-01");
  });
});

describe("isIsoDate", () => {
  it("accepts only real dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2026-05-14")).toBe(true);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("14.05.2026")).toBe(false);
  });
});

describe("warsawDayStart of a typed date", () => {
  it("is local midnight in UTC: an hour back in winter, two in summer", () => {
    expect(warsawDayStart("2027-01-15")).toBe("2027-01-14T23:00:00.000Z");
    expect(warsawDayStart("2027-07-15")).toBe("2027-07-14T22:00:00.000Z");
  });

  it("refuses anything but a real calendar date", () => {
    expect(warsawDayStart("2027-02-30")).toBeNull();
    expect(warsawDayStart("15.01.2027")).toBeNull();
    expect(warsawDayStart("")).toBeNull();
  });
});
