import type {
  EventAudience,
  EventInput,
  EventKind,
  EventTopic,
  ServiceArea,
  TargetGroup,
} from "@/__generated__/graphql";
import { EVENT_KINDS } from "@obserwatorium/schema";
import { formInputReader, type FormConversion } from "../records/form-input";
import { wallClockInput } from "./event-dates";

/** Repeated fields (checkbox groups), sent once per checked box. */
export const EVENT_LIST_FIELDS = [
  "audiences",
  "topics",
  "serviceAreas",
  "targetGroups",
  "documentIds",
  "goodPracticeIds",
];

const VENUE_FIELDS = ["name", "streetAddress", "postalCode", "city", "gminaCode", "latitude", "longitude"];

/**
 * The event form's values (`keptValues`) as the API's EventInput: blank text is null, the times are
 * Warsaw wall-clock as `datetime-local` sends them (the API converts them), a place left wholly
 * blank is no place, checked records and typed IDs make one list.
 */
export function eventInputFromForm(values: Record<string, string>): FormConversion<EventInput> {
  const read = formInputReader(values);
  const kind = read.text("kind");
  if (!kind || !(EVENT_KINDS as readonly string[]).includes(kind))
    read.fail("kind", "Wybierz rodzaj wydarzenia.");
  const hasVenue = VENUE_FIELDS.some((field) => read.text(`venue.${field}`));
  const venue = hasVenue
    ? {
        name: read.text("venue.name"),
        streetAddress: read.text("venue.streetAddress"),
        postalCode: read.text("venue.postalCode"),
        city: read.text("venue.city") ?? "",
        gminaCode: read.text("venue.gminaCode") ?? "",
        latitude: read.decimal("venue.latitude"),
        longitude: read.decimal("venue.longitude"),
      }
    : null;
  const capacity = read.int("capacity");
  const organizerId = read.text("organizerId");
  const input: EventInput = {
    kind: (kind ?? "OTHER") as EventKind,
    title: read.text("title") ?? "",
    slug: read.text("slug"),
    summary: read.text("summary") ?? "",
    descriptionMarkdown: values.descriptionMarkdown?.trim() ?? "",
    audiences: read.list("audiences") as EventAudience[],
    topics: read.list("topics") as EventTopic[],
    serviceAreas: read.list("serviceAreas") as ServiceArea[],
    targetGroups: read.list("targetGroups") as TargetGroup[],
    startsAt: wallClockInput(values.startsAt),
    endsAt: wallClockInput(values.endsAt),
    venue,
    onlineUrl: read.text("onlineUrl"),
    capacity,
    registrationOpensAt: wallClockInput(values.registrationOpensAt) || null,
    registrationClosesAt: wallClockInput(values.registrationClosesAt) || null,
    organizerId,
    organizerName: organizerId ? null : read.text("organizerName"),
    documentIds: [...new Set([...read.list("documentIds"), ...read.list("otherDocumentIds")])],
    goodPracticeIds: [...new Set([...read.list("goodPracticeIds"), ...read.list("otherGoodPracticeIds")])],
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, input, rowIndexes: {} };
}
