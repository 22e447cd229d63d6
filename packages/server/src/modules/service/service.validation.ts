import {
  isTerytCode,
  slugify,
  validateCoordinates,
  validatePostalCode,
  validateSlug,
  type AccessibilityFeature,
  type CostKind,
  type DeliveryMode,
  type ServiceType,
  type TargetGroup,
} from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";
import type { ServiceLocationInput } from "./dto/service-location.input";
import type { ServiceInput } from "./dto/service.input";
import {
  validateOpeningExceptions,
  validateOpeningHours,
  type NormalizedException,
  type NormalizedHours,
} from "./service-schedule.validation";

const MAX_TITLE = 300;
const MAX_TEXT = 20_000;
const MAX_SHORT_TEXT = 2_000;
const MAX_LOCATIONS = 50;
const MAX_AREAS = 500;
const MAX_DOCUMENTS = 50;
const LANGUAGE = /^[a-z]{2,3}$/;

export interface NormalizedLocation {
  name: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  gminaCode: string;
  latitude: number | null;
  longitude: number | null;
  hours: NormalizedHours[];
  exceptions: NormalizedException[];
}

/** The input after trimming and normalization, ready to store. */
export interface NormalizedService {
  title: string;
  slug: string;
  description: string;
  serviceType: ServiceType;
  providerId: string | null;
  targetGroups: TargetGroup[];
  costKind: CostKind;
  costAmount: string | null;
  costUnit: string | null;
  costExplanation: string;
  eligibilityText: string;
  minAge: number | null;
  maxAge: number | null;
  disabilityCertificateRequired: boolean;
  incomeCriterion: boolean;
  residenceRequired: boolean;
  howToApply: string;
  requiredDocuments: string[];
  deliveryModes: DeliveryMode[];
  languages: string[];
  accessibilityFeatures: AccessibilityFeature[];
  waitingTimeText: string;
  legalBasis: string;
  validFrom: string | null;
  validTo: string | null;
  lastVerifiedAt: string | null;
  lastVerifiedSource: string | null;
  areaCodes: string[];
  locations: NormalizedLocation[];
}

const trimmed = (value: string | null | undefined) => value?.trim() ?? "";
const unique = <T>(values: readonly T[] | null | undefined) => [...new Set(values ?? [])];

/** Checks everything that needs no database; returns every problem with its input path. */
export function validateServiceInput(input: ServiceInput, today: string) {
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

  const title = text(["title"], input.title, MAX_TITLE, true);
  const slug = trimmed(input.slug) || slugify(title);
  problem(["slug"], validateSlug(slug));
  const description = text(["description"], input.description, MAX_TEXT, true);

  const { cost } = input;
  const costAmount = cost.amount ?? null;
  const costUnit = trimmed(cost.unit) || null;
  const costExplanation = text(["cost", "explanation"], cost.explanation, MAX_SHORT_TEXT);
  if (costAmount !== null && (!Number.isFinite(costAmount) || costAmount < 0 || costAmount > 99_999_999)) {
    problem(["cost", "amount"], "must be a non-negative amount in PLN");
  }
  if (cost.kind === "FREE" && costAmount !== null)
    problem(["cost", "amount"], "must be empty for a free service");
  if (cost.kind === "PAID" && costAmount === null)
    problem(["cost", "amount"], "is required for a paid service");
  if (costAmount !== null && !costUnit) problem(["cost", "unit"], "must say what the price is for");
  if ((cost.kind === "PARTLY_PAID" || cost.kind === "INCOME_DEPENDENT") && !costExplanation) {
    problem(["cost", "explanation"], `must explain how the payment is decided for ${cost.kind}`);
  }

  const eligibility = input.eligibility ?? {};
  const minAge = eligibility.minAge ?? null;
  const maxAge = eligibility.maxAge ?? null;
  for (const [field, age] of [
    ["minAge", minAge],
    ["maxAge", maxAge],
  ] as const) {
    if (age !== null && (age < 0 || age > 130)) problem(["eligibility", field], "must be between 0 and 130");
  }
  if (minAge !== null && maxAge !== null && minAge > maxAge) {
    problem(["eligibility", "maxAge"], "must not be less than minAge");
  }

  const requiredDocuments = unique(
    input.howToApply.requiredDocuments?.map((document) => document.trim()),
  ).filter(Boolean);
  if (requiredDocuments.length > MAX_DOCUMENTS) {
    problem(["howToApply", "requiredDocuments"], `must list at most ${MAX_DOCUMENTS} documents`);
  }

  const deliveryModes = unique(input.deliveryModes);
  if (deliveryModes.length === 0) problem(["deliveryModes"], "must name at least one way of delivery");
  const languages = unique(input.languages?.map((language) => language.trim().toLowerCase()));
  languages.forEach((language, index) => {
    if (!LANGUAGE.test(language)) problem(["languages", String(index)], "must be an ISO 639 code or 'pjm'");
  });

  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  if (validFrom && validTo && validTo < validFrom) problem(["validTo"], "must not be before validFrom");
  const lastVerifiedAt = input.lastVerifiedAt ?? null;
  const lastVerifiedSource = trimmed(input.lastVerifiedSource) || null;
  if (lastVerifiedAt && lastVerifiedAt > today) problem(["lastVerifiedAt"], "must not be in the future");
  if (lastVerifiedAt && !lastVerifiedSource)
    problem(["lastVerifiedSource"], "must say how the data was verified");

  const areaCodes = unique(input.areaCodes?.map((code) => code.trim()));
  if (areaCodes.length > MAX_AREAS) problem(["areaCodes"], `must list at most ${MAX_AREAS} units`);
  areaCodes.forEach((code, index) => {
    if (!isTerytCode(code)) problem(["areaCodes", String(index)], "must be a TERYT code of 2, 4 or 7 digits");
  });
  const locationInputs = input.locations ?? [];
  if (locationInputs.length > MAX_LOCATIONS)
    problem(["locations"], `must list at most ${MAX_LOCATIONS} places`);
  const locations = locationInputs.map((location, index) =>
    normalizeLocation(location, ["locations", String(index)], problem, errors),
  );
  if (locations.length === 0 && areaCodes.length === 0) {
    problem(["areaCodes"], "a service needs at least one location or one area served");
  }

  const normalized: NormalizedService = {
    title,
    slug,
    description,
    serviceType: input.serviceType,
    providerId: input.providerId?.trim() || null,
    targetGroups: unique(input.targetGroups),
    costKind: cost.kind,
    costAmount: costAmount === null ? null : costAmount.toFixed(2),
    costUnit,
    costExplanation,
    eligibilityText: text(["eligibility", "text"], eligibility.text, MAX_TEXT),
    minAge,
    maxAge,
    disabilityCertificateRequired: eligibility.disabilityCertificateRequired ?? false,
    incomeCriterion: eligibility.incomeCriterion ?? false,
    residenceRequired: eligibility.residenceRequired ?? false,
    howToApply: text(["howToApply", "text"], input.howToApply.text, MAX_TEXT, true),
    requiredDocuments,
    deliveryModes,
    languages: languages.length ? languages : ["pl"],
    accessibilityFeatures: unique(input.accessibilityFeatures),
    waitingTimeText: text(["waitingTimeText"], input.waitingTimeText, MAX_SHORT_TEXT),
    legalBasis: text(["legalBasis"], input.legalBasis, MAX_SHORT_TEXT),
    validFrom,
    validTo,
    lastVerifiedAt,
    lastVerifiedSource,
    areaCodes,
    locations,
  };
  return { errors, normalized };
}

function normalizeLocation(
  location: ServiceLocationInput,
  path: string[],
  problem: (field: string[], message: string | null) => void,
  errors: UserError[],
): NormalizedLocation {
  const { address } = location;
  const streetAddress = trimmed(address.streetAddress);
  if (!streetAddress) problem([...path, "address", "streetAddress"], "must not be empty");
  const postalCode = trimmed(address.postalCode);
  problem([...path, "address", "postalCode"], validatePostalCode(postalCode));
  const city = trimmed(address.city);
  if (!city) problem([...path, "address", "city"], "must not be empty");
  const gminaCode = trimmed(address.gminaCode);
  if (!/^\d{7}$/.test(gminaCode))
    problem([...path, "address", "gminaCode"], "must be the 7-digit TERYT code of a gmina");
  if (location.coordinates) {
    problem(
      [...path, "coordinates"],
      validateCoordinates(location.coordinates.latitude, location.coordinates.longitude),
    );
  }
  const hours = validateOpeningHours(location.openingHours ?? [], ["input", ...path, "openingHours"]);
  const exceptions = validateOpeningExceptions(location.exceptions ?? [], ["input", ...path, "exceptions"]);
  errors.push(...hours.errors, ...exceptions.errors);
  return {
    name: trimmed(location.name),
    streetAddress,
    postalCode,
    city,
    gminaCode,
    latitude: location.coordinates?.latitude ?? null,
    longitude: location.coordinates?.longitude ?? null,
    hours: hours.hours,
    exceptions: exceptions.exceptions,
  };
}
