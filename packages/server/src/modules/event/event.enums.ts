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
} from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";
import { enumObject } from "../common/enum-object";

const describe = (labels: Record<string, string>) =>
  Object.fromEntries(Object.entries(labels).map(([value, label]) => [value, { description: label }]));

export const EventKindEnum = enumObject(EVENT_KINDS);
export const EventTopicEnum = enumObject(EVENT_TOPICS);
export const EventAudienceEnum = enumObject(EVENT_AUDIENCES);
export const AccessibilityNeedEnum = enumObject(ACCESSIBILITY_NEEDS);
export const RegistrationStatusEnum = enumObject(REGISTRATION_STATUSES);

export const ATTENDANCE_MODES = ["ON_SITE", "ONLINE", "HYBRID"] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
export const AttendanceModeEnum = enumObject(ATTENDANCE_MODES);

export const REGISTRATION_STATES = ["NOT_YET_OPEN", "OPEN", "WAITING_LIST_ONLY", "CLOSED", "ENDED"] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];
export const RegistrationStateEnum = enumObject(REGISTRATION_STATES);

registerEnumType(EventKindEnum, {
  name: "EventKind",
  description: "Kind of event of the calendar",
  valuesConfig: describe(EVENT_KIND_LABELS_PL),
});
registerEnumType(EventTopicEnum, {
  name: "EventTopic",
  description: "What an event is about, beside the statutory service areas",
  valuesConfig: describe(EVENT_TOPIC_LABELS_PL),
});
registerEnumType(EventAudienceEnum, {
  name: "EventAudience",
  description: "A professional group an event is for; also the role a participant registers with",
  valuesConfig: describe(EVENT_AUDIENCE_LABELS_PL),
});
registerEnumType(AccessibilityNeedEnum, {
  name: "AccessibilityNeed",
  description: "Support a participant asks for at an event",
  valuesConfig: describe(ACCESSIBILITY_NEED_LABELS_PL),
});
registerEnumType(RegistrationStatusEnum, {
  name: "RegistrationStatus",
  description: "Where a registration stands",
  valuesConfig: describe(REGISTRATION_STATUS_LABELS_PL),
});
registerEnumType(AttendanceModeEnum, {
  name: "AttendanceMode",
  description: "Where participants attend",
  valuesConfig: {
    ON_SITE: { description: "At the venue only" },
    ONLINE: { description: "Online only" },
    HYBRID: { description: "At the venue or online" },
  },
});
registerEnumType(RegistrationStateEnum, {
  name: "RegistrationState",
  description: "Whether one can register now, computed from the window, the places and the dates",
  valuesConfig: {
    NOT_YET_OPEN: { description: "Registration opens later (registrationOpensAt)" },
    OPEN: { description: "Open, with places left (or no limit)" },
    WAITING_LIST_ONLY: { description: "Open, but full: new registrations go to the waiting list" },
    CLOSED: { description: "The registration window has closed" },
    ENDED: { description: "The event is over" },
  },
});
