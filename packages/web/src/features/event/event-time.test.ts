import { describe, expect, it } from "vitest";
import { eventWhen } from "./event-time";

describe("eventWhen", () => {
  it("writes one day with its hours, several days in full, in Warsaw time", () => {
    expect(eventWhen("2026-05-14T08:00:00Z", "2026-05-14T12:00:00Z", "pl")).toBe("14 maja 2026, 10:00–14:00");
    expect(eventWhen("2026-12-03T09:00:00Z", "2026-12-04T13:00:00Z", "en").replace(/\s/g, " ")).toBe(
      "3 December 2026 at 10:00 – 4 December 2026 at 14:00",
    );
  });
});
