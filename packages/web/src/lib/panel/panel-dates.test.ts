import { describe, expect, it } from "vitest";
import { formatDateTime, warsawDayStart } from "./panel-dates";

describe("formatDateTime", () => {
  it("shows the Polish clock's date and time, summer and winter", () => {
    expect(formatDateTime("2027-07-01T12:05:00Z")).toBe("1 lipca 2027 14:05");
    expect(formatDateTime("2027-01-31T23:30:00Z")).toBe("1 lutego 2027 00:30");
  });

  it("leaves what is not a moment as it is", () => {
    expect(formatDateTime("wczoraj")).toBe("wczoraj");
  });
});

describe("warsawDayStart", () => {
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
