import { describe, expect, it } from "vitest";
import { eventsByDay, monthWeeks } from "./event-calendar";

describe("monthWeeks", () => {
  it("lays a month out in weeks from Monday, padding with the neighbouring months' days", () => {
    const weeks = monthWeeks("2026-05");
    // 1 May 2026 is a Friday.
    expect(weeks[0]).toEqual([null, null, null, null, "2026-05-01", "2026-05-02", "2026-05-03"]);
    expect(weeks.at(-1)).toEqual([
      "2026-05-25",
      "2026-05-26",
      "2026-05-27",
      "2026-05-28",
      "2026-05-29",
      "2026-05-30",
      "2026-05-31",
    ]);
    expect(weeks).toHaveLength(5);
    expect(monthWeeks("2026-02").flat().filter(Boolean)).toHaveLength(28);
  });
});

describe("eventsByDay", () => {
  it("puts an event of several days on each of its days within the month, by Warsaw date", () => {
    const conference = {
      id: "a",
      startsAtLocal: "2026-04-30T09:00:00+02:00",
      endsAtLocal: "2026-05-02T15:00:00+02:00",
    };
    const evening = {
      id: "b",
      startsAtLocal: "2026-05-02T18:00:00+02:00",
      endsAtLocal: "2026-05-02T20:00:00+02:00",
    };
    const days = eventsByDay([conference, evening], "2026-05");
    expect([...days.keys()]).toEqual(["2026-05-01", "2026-05-02"]);
    expect(days.get("2026-05-01")).toEqual([{ event: conference, starts: false }]);
    expect(days.get("2026-05-02")!.map((entry) => [entry.event.id, entry.starts])).toEqual([
      ["a", false],
      ["b", true],
    ]);
  });
});
