import type {
  AccessibilityFeature,
  CostKind,
  DeliveryMode,
  OpeningExceptionInput,
  ServiceInput,
  ServiceLocationInput,
  ServiceType,
  TargetGroup,
} from "@/__generated__/graphql";
import { COST_KIND_LABELS, SERVICE_TYPE_LABELS } from "@/features/service/service-labels";
import { formInputReader, type FormInputReader } from "../../records/form-input";
import { oneOf } from "../shared/kept-values";

/** ISO weekdays, Monday first, as the API numbers them. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Repeated fields (checkbox groups), sent once per checked box. */
export const SERVICE_LIST_FIELDS = ["targetGroups", "deliveryModes", "accessibilityFeatures", "languages"];

const SERVICE_TYPES = Object.keys(SERVICE_TYPE_LABELS) as ServiceType[];
const COST_KINDS = Object.keys(COST_KIND_LABELS) as CostKind[];
const AMOUNT = /^\d{1,8}([.,]\d{1,2})?$/;

const LOCATION_FIELDS = [
  "name",
  "address.streetAddress",
  "address.postalCode",
  "address.city",
  "address.gminaCode",
  "coordinates.latitude",
  "coordinates.longitude",
  ...WEEKDAYS.flatMap((day) => [`openingHours.${day}.opens`, `openingHours.${day}.closes`]),
];

/** The dated exceptions the form carries along unchanged (it does not edit them). */
function exceptionsOf(json: string | null): OpeningExceptionInput[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as OpeningExceptionInput[]) : [];
  } catch {
    return [];
  }
}

function readLocation(read: FormInputReader, row: number) {
  const at = (name: string) => `locations.${row}.${name}`;
  const hours = WEEKDAYS.map((weekday) => ({
    weekday,
    opens: read.text(at(`openingHours.${weekday}.opens`)) ?? "",
    closes: read.text(at(`openingHours.${weekday}.closes`)) ?? "",
  })).filter((span) => span.opens || span.closes);
  let coordinates: ServiceLocationInput["coordinates"] = null;
  const latitude = read.decimal(at("coordinates.latitude"));
  const longitude = read.decimal(at("coordinates.longitude"));
  if (latitude !== null && longitude !== null) coordinates = { latitude, longitude };
  else if (latitude !== null) read.fail(at("coordinates.longitude"), "Podaj obie współrzędne albo żadnej.");
  else if (longitude !== null) read.fail(at("coordinates.latitude"), "Podaj obie współrzędne albo żadnej.");
  const input: ServiceLocationInput = {
    name: read.text(at("name")),
    address: {
      streetAddress: read.text(at("address.streetAddress")) ?? "",
      postalCode: read.text(at("address.postalCode")) ?? "",
      city: read.text(at("address.city")) ?? "",
      gminaCode: read.text(at("address.gminaCode")) ?? "",
    },
    coordinates,
    openingHours: hours,
    exceptions: exceptionsOf(read.text(at("exceptions"))),
  };
  return { input, weekdays: hours.map((span) => span.weekday) };
}

export type ServiceFormConversion =
  | {
      ok: true;
      input: ServiceInput;
      /** Turns the path of an API error into the path of the form field that shows it. */
      fieldOf: (path: readonly string[]) => string[];
    }
  | { ok: false; errors: Record<string, string> };

/**
 * The service form's values (`keptValues`) as the API's ServiceInput: blank text is null, a required
 * text left blank goes as "" so that the API names the problem at its field, location rows left
 * blank are dropped and only the weekdays with hours are sent.
 */
export function serviceInputFromForm(values: Record<string, string>): ServiceFormConversion {
  const read = formInputReader(values);
  const rows = read.rows("locations", LOCATION_FIELDS);
  const locations = rows.map((row) => readLocation(read, row));
  const serviceType = oneOf(read.text("serviceType"), SERVICE_TYPES);
  if (!serviceType) read.fail("serviceType", "Wybierz rodzaj usługi.");
  const costKind = oneOf(read.text("cost.kind"), COST_KINDS);
  if (!costKind) read.fail("cost.kind", "Wybierz rodzaj odpłatności.");
  const amountText = read.text("cost.amount")?.replace(/\s/g, "") ?? null;
  if (amountText && !AMOUNT.test(amountText)) read.fail("cost.amount", "Wpisz kwotę w złotych, np. 12,50.");
  const input: ServiceInput = {
    title: read.text("title") ?? "",
    slug: read.text("slug"),
    description: read.text("description") ?? "",
    serviceType: serviceType ?? SERVICE_TYPES[0]!,
    providerId: read.text("providerId"),
    targetGroups: read.list("targetGroups") as TargetGroup[],
    deliveryModes: read.list("deliveryModes") as DeliveryMode[],
    accessibilityFeatures: read.list("accessibilityFeatures") as AccessibilityFeature[],
    languages: read.list("languages"),
    areaCodes: read.list("areaCodes"),
    cost: {
      kind: costKind ?? "FREE",
      amount: amountText ? Number(amountText.replace(",", ".")) : null,
      unit: read.text("cost.unit"),
      explanation: read.text("cost.explanation"),
    },
    eligibility: {
      text: read.text("eligibility.text"),
      minAge: read.int("eligibility.minAge"),
      maxAge: read.int("eligibility.maxAge"),
      disabilityCertificateRequired: read.flag("eligibility.disabilityCertificateRequired"),
      incomeCriterion: read.flag("eligibility.incomeCriterion"),
      residenceRequired: read.flag("eligibility.residenceRequired"),
    },
    howToApply: {
      text: read.text("howToApply.text") ?? "",
      requiredDocuments: (values["howToApply.requiredDocuments"] ?? "")
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    },
    waitingTimeText: read.text("waitingTimeText"),
    legalBasis: read.text("legalBasis"),
    validFrom: read.date("validFrom"),
    validTo: read.date("validTo"),
    lastVerifiedAt: read.date("lastVerifiedAt"),
    lastVerifiedSource: read.text("lastVerifiedSource"),
    locations: locations.map((location) => location.input),
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };

  const fieldOf = (path: readonly string[]): string[] => {
    const [wrapper, first, index, part, item, leaf] = path;
    if (wrapper !== "input" || first !== "locations" || index === undefined) return [...path];
    const row = rows[Number(index)];
    if (row === undefined) return ["input", "locations"];
    const weekday = item === undefined ? undefined : locations[Number(index)]?.weekdays[Number(item)];
    if (part === "openingHours" && weekday !== undefined)
      return ["input", "locations", String(row), "openingHours", String(weekday), leaf ?? "opens"];
    return ["input", "locations", String(row), ...path.slice(3)];
  };
  return { ok: true, input, fieldOf };
}
