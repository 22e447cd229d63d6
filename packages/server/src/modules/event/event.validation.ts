import {
  slugify,
  validateCoordinates,
  validatePostalCode,
  validateSlug,
  validateWebsite,
  type EventAudience,
  type EventKind,
  type EventTopic,
  type ServiceArea,
  type TargetGroup,
} from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";
import type { EventInput } from "./dto/event.input";
import { parseEventInstant } from "../common/warsaw-time";

const MAX_TITLE = 300;
const MAX_SUMMARY = 1_000;
const MAX_DESCRIPTION = 50_000;
const MAX_SHORT_TEXT = 200;
const MAX_URL = 2_000;
const MAX_CAPACITY = 100_000;
const MAX_LINKS = 50;
const MAX_DURATION_MS = 31 * 24 * 60 * 60 * 1000;

/** The input after trimming and normalization, ready to store; IDs still to be checked. */
export interface NormalizedEvent {
  kind: EventKind;
  title: string;
  slug: string;
  summary: string;
  descriptionMarkdown: string;
  audiences: EventAudience[];
  targetGroups: TargetGroup[];
  topics: EventTopic[];
  serviceAreas: ServiceArea[];
  startsAt: Date;
  endsAt: Date;
  venueName: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  gminaCode: string | null;
  latitude: number | null;
  longitude: number | null;
  onlineUrl: string | null;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  /** Global ID, checked against the registry later. */
  organizerId: string | null;
  organizerName: string | null;
  documentIds: string[];
  goodPracticeIds: string[];
}

const trimmed = (value: string | null | undefined) => value?.trim() ?? "";
const unique = <T>(values: readonly T[] | null | undefined) => [...new Set(values ?? [])];
const INSTANT_HELP = "must be a date and time such as 2026-12-03T10:00 (Warsaw time) or with an offset";

/** Checks everything that needs no database; returns every problem with its input path. */
export function validateEventInput(input: EventInput) {
  const errors: UserError[] = [];
  const problem = (field: string[], message: string | null) => {
    if (message) errors.push({ field: ["input", ...field], message });
  };
  const text = (field: string[], value: string | null | undefined, max: number, required = false) => {
    const result = trimmed(value);
    if (required && !result) problem(field, "must not be empty");
    else if (result.length > max) problem(field, `must be at most ${max} characters`);
    return result;
  };
  const instant = (field: string, value: string | null | undefined, required: boolean) => {
    const raw = trimmed(value);
    if (!raw) {
      if (required) problem([field], "must not be empty");
      return null;
    }
    const parsed = parseEventInstant(raw);
    if (!parsed) problem([field], INSTANT_HELP);
    return parsed;
  };
  const ids = (field: string, values: readonly string[] | null | undefined) => {
    const list = unique(values?.map((id) => id.trim())).filter(Boolean);
    if (list.length > MAX_LINKS) problem([field], `must list at most ${MAX_LINKS} records`);
    return list;
  };

  const title = text(["title"], input.title, MAX_TITLE, true);
  const slug = trimmed(input.slug) || slugify(title);
  problem(["slug"], validateSlug(slug));
  const summary = text(["summary"], input.summary, MAX_SUMMARY, true);
  const descriptionMarkdown = text(["descriptionMarkdown"], input.descriptionMarkdown, MAX_DESCRIPTION);

  const startsAt = instant("startsAt", input.startsAt, true);
  const endsAt = instant("endsAt", input.endsAt, true);
  if (startsAt && endsAt) {
    if (endsAt <= startsAt) problem(["endsAt"], "must be after the start");
    else if (endsAt.getTime() - startsAt.getTime() > MAX_DURATION_MS) {
      problem(["endsAt"], "must be at most 31 days after the start");
    }
  }

  const venue = input.venue ?? null;
  const venueName = text(["venue", "name"], venue?.name, MAX_SHORT_TEXT) || null;
  const streetAddress = text(["venue", "streetAddress"], venue?.streetAddress, MAX_SHORT_TEXT) || null;
  const postalCode = trimmed(venue?.postalCode) || null;
  if (postalCode) problem(["venue", "postalCode"], validatePostalCode(postalCode));
  const city = venue ? text(["venue", "city"], venue.city, MAX_SHORT_TEXT, true) || null : null;
  const gminaCode = venue ? trimmed(venue.gminaCode) || null : null;
  if (venue && !gminaCode) problem(["venue", "gminaCode"], "must not be empty");
  else if (gminaCode && !/^\d{7}$/.test(gminaCode))
    problem(["venue", "gminaCode"], "must be a TERYT gmina code of 7 digits");
  const latitude = venue?.latitude ?? null;
  const longitude = venue?.longitude ?? null;
  if ((latitude === null) !== (longitude === null)) {
    problem(
      ["venue", latitude === null ? "latitude" : "longitude"],
      "give both latitude and longitude, or neither",
    );
  } else if (latitude !== null && longitude !== null) {
    problem(["venue", "latitude"], validateCoordinates(latitude, longitude));
  }
  const onlineUrl = text(["onlineUrl"], input.onlineUrl, MAX_URL) || null;
  if (onlineUrl) problem(["onlineUrl"], validateWebsite(onlineUrl));
  if (!venue && !onlineUrl) problem(["venue"], "give a place or an online address (onlineUrl)");

  const capacity = input.capacity ?? null;
  if (capacity !== null && (!Number.isInteger(capacity) || capacity < 1 || capacity > MAX_CAPACITY)) {
    problem(["capacity"], `must be a whole number from 1 to ${MAX_CAPACITY}, or empty for no limit`);
  }
  const registrationOpensAt = instant("registrationOpensAt", input.registrationOpensAt, false);
  const registrationClosesAt = instant("registrationClosesAt", input.registrationClosesAt, false);
  if (registrationOpensAt && registrationClosesAt && registrationClosesAt <= registrationOpensAt) {
    problem(["registrationClosesAt"], "must be after registration opens");
  }
  if (registrationClosesAt && endsAt && registrationClosesAt > endsAt) {
    problem(["registrationClosesAt"], "must not be after the event ends");
  }
  if (registrationOpensAt && endsAt && registrationOpensAt >= endsAt) {
    problem(["registrationOpensAt"], "must be before the event ends");
  }

  const organizerId = trimmed(input.organizerId) || null;
  const organizerName = text(["organizerName"], input.organizerName, MAX_SHORT_TEXT) || null;
  if (!organizerId && !organizerName) {
    problem(["organizerId"], "give the organizing organization, or its name in organizerName");
  }

  const normalized: NormalizedEvent = {
    kind: input.kind,
    title,
    slug,
    summary,
    descriptionMarkdown,
    audiences: unique(input.audiences),
    targetGroups: unique(input.targetGroups),
    topics: unique(input.topics),
    serviceAreas: unique(input.serviceAreas),
    startsAt: startsAt ?? new Date(0),
    endsAt: endsAt ?? new Date(0),
    venueName,
    streetAddress,
    postalCode,
    city,
    gminaCode,
    latitude,
    longitude,
    onlineUrl,
    capacity,
    registrationOpensAt,
    registrationClosesAt,
    organizerId,
    organizerName,
    documentIds: ids("documentIds", input.documentIds),
    goodPracticeIds: ids("goodPracticeIds", input.goodPracticeIds),
  };
  return { errors, normalized };
}
