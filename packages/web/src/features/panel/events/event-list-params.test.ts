import { describe, expect, it } from "vitest";
import { eventListFilter, eventListHref, eventListParams } from "./event-list-params";

describe("event list parameters", () => {
  it("reads the known filters and drops unknown values", () => {
    const params = eventListParams({ stan: "ARCHIVED", rodzaj: "PICNIC", kiedy: "minione", strona: "2" });
    expect(params).toMatchObject({ state: "ARCHIVED", kind: null, when: "minione", page: 2 });
    expect(eventListHref(params, 3)).toBe("/panel/wydarzenia?stan=ARCHIVED&kiedy=minione&strona=3");
  });

  it("asks for events not over yet when upcoming, and for drafts and published ones by default", () => {
    const now = new Date("2026-05-01T08:00:00Z");
    expect(eventListFilter(eventListParams({ kiedy: "nadchodzace", rodzaj: "FAIR" }), now)).toEqual({
      publicationStates: ["DRAFT", "PUBLISHED"],
      kinds: ["FAIR"],
      from: "2026-05-01T08:00:00.000Z",
      to: null,
    });
    expect(eventListFilter(eventListParams({ kiedy: "minione" }), now).to).toBe("2026-05-01T08:00:00.000Z");
  });
});
