import { describe, expect, it } from "vitest";
import { apiCalendarUrl } from "./event-calendar-source";

const API = "http://127.0.0.1:4000/graphql";

describe("apiCalendarUrl", () => {
  it("points at the feed, or at one event's file on the API's origin", () => {
    expect(apiCalendarUrl(null, API)?.toString()).toBe("http://127.0.0.1:4000/calendar/events.ics");
    expect(apiCalendarUrl("szkolenie-łapy", API)?.toString()).toBe(
      "http://127.0.0.1:4000/calendar/events/szkolenie-%C5%82apy.ics",
    );
  });

  it("lets nothing but a slug through to the API", () => {
    expect(apiCalendarUrl("../files/x", API)).toBeNull();
    expect(apiCalendarUrl("a/b", API)).toBeNull();
  });
});
