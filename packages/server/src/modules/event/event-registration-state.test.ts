import { describe, expect, it } from "vitest";
import { placesLeft, registrationState } from "./event-registration-state";

const event = {
  startsAt: new Date("2026-12-03T09:00:00Z"),
  endsAt: new Date("2026-12-04T15:00:00Z"),
  capacity: 2,
  registrationOpensAt: new Date("2026-11-01T08:00:00Z"),
  registrationClosesAt: new Date("2026-12-01T23:00:00Z"),
};
const at = (iso: string) => new Date(iso);

describe("registrationState", () => {
  it("follows the window: not yet open, open, closed at its end, ended after the event", () => {
    expect(registrationState(event, 0, at("2026-10-31T12:00:00Z"))).toBe("NOT_YET_OPEN");
    expect(registrationState(event, 0, at("2026-11-01T08:00:00Z"))).toBe("OPEN");
    expect(registrationState(event, 1, at("2026-12-01T22:59:59Z"))).toBe("OPEN");
    expect(registrationState(event, 0, at("2026-12-01T23:00:00Z"))).toBe("CLOSED");
    expect(registrationState(event, 0, at("2026-12-04T15:00:00Z"))).toBe("ENDED");
  });

  it("takes waiting-list registrations once the places are taken; no limit never fills", () => {
    expect(registrationState(event, 2, at("2026-11-15T12:00:00Z"))).toBe("WAITING_LIST_ONLY");
    expect(registrationState({ ...event, capacity: null }, 500, at("2026-11-15T12:00:00Z"))).toBe("OPEN");
  });

  it("without dates is open at once and closes when the event starts", () => {
    const open = { ...event, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationState(open, 0, at("2020-01-01T00:00:00Z"))).toBe("OPEN");
    expect(registrationState(open, 0, at("2026-12-03T09:00:00Z"))).toBe("CLOSED");
  });
});

describe("placesLeft", () => {
  it("is null without a limit and never below zero", () => {
    expect(placesLeft(null, 3)).toBeNull();
    expect(placesLeft(5, 3)).toBe(2);
    expect(placesLeft(2, 3)).toBe(0);
  });
});
