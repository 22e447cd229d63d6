import { describe, expect, it } from "vitest";
import { formatDateTime } from "./panel-dates";

describe("formatDateTime", () => {
  it("shows the Polish clock's date and time, summer and winter", () => {
    expect(formatDateTime("2027-07-01T12:05:00Z")).toBe("1 lipca 2027 14:05");
    expect(formatDateTime("2027-01-31T23:30:00Z")).toBe("1 lutego 2027 00:30");
  });

  it("leaves what is not a moment as it is", () => {
    expect(formatDateTime("wczoraj")).toBe("wczoraj");
  });
});
