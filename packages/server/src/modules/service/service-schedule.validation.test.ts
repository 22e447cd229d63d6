import { describe, expect, it } from "vitest";
import { validateOpeningExceptions, validateOpeningHours } from "./service-schedule.validation";

const PATH = ["input", "locations", "0", "openingHours"];

describe("validateOpeningHours", () => {
  it("accepts split days and round-the-clock spans, sorted Monday first", () => {
    const { errors, hours } = validateOpeningHours(
      [
        { weekday: 3, opens: "12:00", closes: "16:00" },
        { weekday: 1, opens: "08:00", closes: "12:00" },
        { weekday: 1, opens: "12:00", closes: "15:30" },
        { weekday: 7, opens: "00:00", closes: "24:00" },
      ],
      PATH,
    );
    expect(errors).toEqual([]);
    expect(hours.map((span) => `${span.weekday} ${span.opens}-${span.closes}`)).toEqual([
      "1 08:00-12:00",
      "1 12:00-15:30",
      "3 12:00-16:00",
      "7 00:00-24:00",
    ]);
  });

  it("names the span and the field of each problem", () => {
    const { errors } = validateOpeningHours(
      [
        { weekday: 0, opens: "08:00", closes: "12:00" },
        { weekday: 2, opens: "8:00", closes: "12:00" },
        { weekday: 2, opens: "12:00", closes: "11:00" },
        { weekday: 4, opens: "24:00", closes: "24:00" },
        { weekday: 5, opens: "08:00", closes: "14:00" },
        { weekday: 5, opens: "13:00", closes: "16:00" },
      ],
      PATH,
    );
    expect(errors).toEqual([
      { field: [...PATH, "0", "weekday"], message: "must be an ISO weekday from 1 (Monday) to 7" },
      { field: [...PATH, "1", "opens"], message: "must be a time HH:MM" },
      { field: [...PATH, "2", "closes"], message: "must be later than opens" },
      { field: [...PATH, "3", "opens"], message: "must be a time HH:MM" },
      { field: [...PATH, "5"], message: "overlaps 08:00–14:00 on the same weekday" },
    ]);
  });
});

describe("validateOpeningExceptions", () => {
  const path = ["input", "locations", "0", "exceptions"];

  it("accepts closed days and days with other hours", () => {
    const { errors, exceptions } = validateOpeningExceptions(
      [
        { date: "2026-12-24", closed: true, note: " Wigilia " },
        { date: "2026-12-31", closed: false, opens: "08:00", closes: "12:00" },
      ],
      path,
    );
    expect(errors).toEqual([]);
    expect(exceptions[0]).toEqual({
      date: "2026-12-24",
      closed: true,
      opens: null,
      closes: null,
      note: "Wigilia",
    });
  });

  it("refuses a date twice, hours on a closed day and a missing or reversed span", () => {
    const { errors } = validateOpeningExceptions(
      [
        { date: "2026-12-24", closed: true, opens: "08:00" },
        { date: "2026-12-24", closed: false, opens: "10:00", closes: "09:00" },
        { date: "2026-12-31", closed: false },
      ],
      path,
    );
    expect(errors).toEqual([
      { field: [...path, "0"], message: "a closed day must not have hours" },
      { field: [...path, "1", "date"], message: "is listed twice" },
      { field: [...path, "1", "closes"], message: "must be later than opens" },
      { field: [...path, "2", "opens"], message: "must be a time HH:MM" },
      { field: [...path, "2", "closes"], message: "must be a time HH:MM" },
    ]);
  });
});
