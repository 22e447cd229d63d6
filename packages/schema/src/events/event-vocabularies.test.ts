import { describe, expect, it } from "vitest";
import {
  ACCESSIBILITY_NEED_LABELS_PL,
  ACCESSIBILITY_NEEDS,
  EVENT_AUDIENCE_LABELS_PL,
  EVENT_AUDIENCES,
  EVENT_KIND_LABELS_PL,
  EVENT_KINDS,
  EVENT_TOPIC_LABELS_PL,
  EVENT_TOPICS,
  REGISTRATION_STATUS_LABELS_PL,
  REGISTRATION_STATUSES,
} from "./event-vocabularies";

const vocabularies = [
  { name: "event kinds", codes: EVENT_KINDS, labels: EVENT_KIND_LABELS_PL },
  { name: "event topics", codes: EVENT_TOPICS, labels: EVENT_TOPIC_LABELS_PL },
  { name: "event audiences", codes: EVENT_AUDIENCES, labels: EVENT_AUDIENCE_LABELS_PL },
  { name: "accessibility needs", codes: ACCESSIBILITY_NEEDS, labels: ACCESSIBILITY_NEED_LABELS_PL },
  { name: "registration statuses", codes: REGISTRATION_STATUSES, labels: REGISTRATION_STATUS_LABELS_PL },
] as const;

describe.each(vocabularies)("$name", ({ codes, labels }) => {
  it("has unique upper-snake-case codes, each with a Polish label, and no label without a code", () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const label of Object.values(labels)) expect(label.trim()).not.toBe("");
  });
});

describe("event vocabularies", () => {
  it("name the kinds and the accessibility options the calendar promises", () => {
    expect(EVENT_KINDS).toEqual([
      "TRAINING",
      "SEMINAR",
      "CONFERENCE",
      "FAIR",
      "STUDY_VISIT",
      "GALA",
      "CONSULTATION_MEETING",
      "OTHER",
    ]);
    expect(ACCESSIBILITY_NEEDS).toEqual(
      expect.arrayContaining(["SIGN_LANGUAGE_INTERPRETER", "STEP_FREE_ACCESS", "DIETARY_NEEDS"]),
    );
  });
});
