import { describe, expect, it } from "vitest";
import { formatTime, todayInPoland, upcomingExceptions, weeklyHours } from "./opening-hours-format";

describe("weeklyHours", () => {
  it("lists the seven days Monday first, each with its spans in time order", () => {
    const week = weeklyHours([
      { weekday: 6, opens: "09:00", closes: "13:00" },
      { weekday: 1, opens: "13:00", closes: "18:00" },
      { weekday: 1, opens: "08:00", closes: "12:00" },
    ]);
    expect(week.map((day) => day.name)).toEqual([
      "poniedziałek",
      "wtorek",
      "środa",
      "czwartek",
      "piątek",
      "sobota",
      "niedziela",
    ]);
    expect(week[0]!.spans).toEqual(["8:00–12:00", "13:00–18:00"]);
    expect(week[1]!.spans).toEqual([]);
    expect(week[5]!.spans).toEqual(["9:00–13:00"]);
  });
});

describe("formatTime", () => {
  it("drops the leading zero of the hour only", () => {
    expect(formatTime("07:30")).toBe("7:30");
    expect(formatTime("10:05")).toBe("10:05");
    expect(formatTime("00:00")).toBe("0:00");
  });
});

describe("todayInPoland", () => {
  it("is the calendar date in Warsaw, not in UTC", () => {
    expect(todayInPoland(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(todayInPoland(new Date("2026-07-01T10:00:00Z"))).toBe("2026-07-01");
  });
});

describe("upcomingExceptions", () => {
  it("keeps today's and later dates", () => {
    const exceptions = [{ date: "2026-12-24" }, { date: "2026-12-31" }, { date: "2027-01-06" }];
    expect(upcomingExceptions(exceptions, "2026-12-31")).toEqual([
      { date: "2026-12-31" },
      { date: "2027-01-06" },
    ]);
  });
});
