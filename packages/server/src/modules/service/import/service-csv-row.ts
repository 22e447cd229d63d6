import { COST_KINDS, DELIVERY_MODES, SERVICE_TYPES, TARGET_GROUPS } from "@obserwatorium/schema";
import { cellProblem, isOneOf, type CsvSpec } from "../../common/csv-import/import-csv";
import { listCell, numberCell, optionalCell } from "../../common/csv-import/import-text";
import type { UserError } from "../../common/user-error.type";
import type { ServiceLocationInput } from "../dto/service-location.input";
import type { ServiceInput } from "../dto/service.input";
import type { ServiceChildren } from "../service-children";
import { shortTime } from "../service-time";
import type { Service } from "../service.entity";

/** Columns of a services CSV (see data/templates/services-import.csv); lists inside a cell use "|". */
export const SERVICE_CSV_COLUMNS = [
  "title",
  "slug",
  "description",
  "serviceType",
  "providerNip",
  "providerRegon",
  "providerKrs",
  "providerId",
  "targetGroups",
  "costKind",
  "costAmount",
  "costUnit",
  "costExplanation",
  "howToApply",
  "deliveryModes",
  "languages",
  "areaCodes",
  "locationName",
  "locationStreetAddress",
  "locationPostalCode",
  "locationCity",
  "locationGminaCode",
  "lastVerifiedAt",
  "lastVerifiedSource",
] as const;
export type ServiceCsvColumn = (typeof SERVICE_CSV_COLUMNS)[number];
export type ServiceCsvCells = Partial<Record<ServiceCsvColumn, string>>;

export const SERVICE_CSV: CsvSpec<ServiceCsvColumn> = {
  columns: SERVICE_CSV_COLUMNS,
  required: ["title", "description", "serviceType", "costKind", "howToApply", "deliveryModes"],
  what: "usług",
};

export const LOCATION_COLUMNS = [
  "locationName",
  "locationStreetAddress",
  "locationPostalCode",
  "locationCity",
  "locationGminaCode",
] as const satisfies readonly ServiceCsvColumn[];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks what the GraphQL input types would have checked: vocabularies and dates. */
export function serviceCellProblems(line: number, cells: ServiceCsvCells): UserError[] {
  const problems: UserError[] = [];
  const at = (column: ServiceCsvColumn, message: string) => problems.push(cellProblem(line, column, message));
  const one = (column: ServiceCsvColumn, values: readonly string[]) => {
    const value = cells[column]?.trim();
    if (value !== undefined && !isOneOf(values, value))
      at(column, `musi być jedną z wartości: ${values.join(", ")}`);
  };
  const many = (column: ServiceCsvColumn, values: readonly string[]) => {
    const wrong = listCell(cells[column]).filter((value) => !isOneOf(values, value));
    if (wrong.length) at(column, `nieznane wartości ${wrong.join(", ")}; dozwolone: ${values.join(", ")}`);
  };
  one("serviceType", SERVICE_TYPES);
  one("costKind", COST_KINDS);
  many("targetGroups", TARGET_GROUPS);
  many("deliveryModes", DELIVERY_MODES);
  const verified = optionalCell(cells.lastVerifiedAt);
  if (verified && (!DATE.test(verified) || Number.isNaN(Date.parse(verified))))
    at("lastVerifiedAt", "musi być datą RRRR-MM-DD");
  return problems;
}

/** The line's place of delivery, or null when its location cells are empty. */
export function locationOfCells(cells: ServiceCsvCells): ServiceLocationInput | null {
  if (LOCATION_COLUMNS.every((column) => !optionalCell(cells[column]))) return null;
  return {
    name: optionalCell(cells.locationName),
    address: {
      streetAddress: cells.locationStreetAddress?.trim() ?? "",
      postalCode: cells.locationPostalCode?.trim() ?? "",
      city: cells.locationCity?.trim() ?? "",
      gminaCode: cells.locationGminaCode?.trim() ?? "",
    },
  };
}

export const EMPTY_SERVICE_INPUT: ServiceInput = {
  title: "",
  description: "",
  serviceType: "MEALS",
  targetGroups: [],
  cost: { kind: "FREE" },
  howToApply: { text: "" },
  deliveryModes: [],
};

/** A stored service as the editor input that would save it unchanged. */
export function serviceInputOfRecord(
  service: Service,
  children: ServiceChildren,
  providerId: string | null,
): ServiceInput {
  const s = service;
  return {
    title: s.title,
    slug: s.slug,
    description: s.description,
    serviceType: s.serviceType,
    providerId,
    targetGroups: s.targetGroups as ServiceInput["targetGroups"],
    cost: {
      kind: s.costKind,
      amount: s.costAmount === null || s.costAmount === undefined ? null : Number(s.costAmount),
      unit: s.costUnit,
      explanation: s.costExplanation,
    },
    eligibility: {
      text: s.eligibilityText,
      minAge: s.minAge,
      maxAge: s.maxAge,
      disabilityCertificateRequired: s.disabilityCertificateRequired,
      incomeCriterion: s.incomeCriterion,
      residenceRequired: s.residenceRequired,
    },
    howToApply: { text: s.howToApply, requiredDocuments: s.requiredDocuments },
    deliveryModes: s.deliveryModes as ServiceInput["deliveryModes"],
    languages: s.languages,
    accessibilityFeatures: s.accessibilityFeatures as ServiceInput["accessibilityFeatures"],
    waitingTimeText: s.waitingTimeText,
    legalBasis: s.legalBasis,
    validFrom: s.validFrom ?? null,
    validTo: s.validTo ?? null,
    areaCodes: children.areaCodes,
    locations: children.locations.map((location) => ({
      name: location.name,
      address: {
        streetAddress: location.streetAddress,
        postalCode: location.postalCode,
        city: location.city,
        gminaCode: location.gminaCode,
      },
      coordinates:
        location.latitude != null && location.longitude != null
          ? { latitude: location.latitude, longitude: location.longitude }
          : null,
      openingHours: location.hours.map(({ weekday, opens, closes }) => ({
        weekday,
        opens: shortTime(opens),
        closes: shortTime(closes),
      })),
      exceptions: location.exceptions.map(({ date, closed, opens, closes, note }) => ({
        date,
        closed,
        opens: opens ? shortTime(opens) : null,
        closes: closes ? shortTime(closes) : null,
        note,
      })),
    })),
    lastVerifiedAt: s.lastVerifiedAt ?? null,
    lastVerifiedSource: s.lastVerifiedSource,
  };
}

/**
 * The editor input of a line: the columns the file has replace those of `base` (the stored service
 * or the empty one); the rest keep their stored values; an empty slug keeps the stored one. The
 * line's location replaces the name and address of the stored location it matched
 * (`matchedLocation`), or is the only location of a new service.
 */
export function serviceInputOfRow(
  cells: ServiceCsvCells,
  base: ServiceInput,
  providerId: string | null,
  matchedLocation: number | null,
): ServiceInput {
  const has = (column: ServiceCsvColumn) => cells[column] !== undefined;
  const text = (column: ServiceCsvColumn, current: string | null | undefined) =>
    has(column) ? optionalCell(cells[column]) : (current ?? null);
  const list = <T extends string>(column: ServiceCsvColumn, current: readonly T[] | null | undefined) =>
    (has(column) ? listCell(cells[column]) : [...(current ?? [])]) as T[];
  const location = locationOfCells(cells);
  let locations = base.locations ?? [];
  if (location && matchedLocation !== null) {
    locations = locations.map((stored, index) =>
      index === matchedLocation ? { ...stored, name: location.name, address: location.address } : stored,
    );
  } else if (location) locations = [...locations, location];
  return {
    ...base,
    title: has("title") ? (cells.title ?? "") : base.title,
    slug: optionalCell(cells.slug) ?? base.slug ?? null,
    description: has("description") ? (cells.description ?? "") : base.description,
    serviceType: (has("serviceType")
      ? cells.serviceType!.trim()
      : base.serviceType) as ServiceInput["serviceType"],
    providerId,
    targetGroups: list("targetGroups", base.targetGroups),
    cost: {
      kind: (has("costKind") ? cells.costKind!.trim() : base.cost.kind) as ServiceInput["cost"]["kind"],
      amount: has("costAmount") ? numberCell(cells.costAmount) : (base.cost.amount ?? null),
      unit: text("costUnit", base.cost.unit),
      explanation: text("costExplanation", base.cost.explanation),
    },
    howToApply: {
      ...base.howToApply,
      text: has("howToApply") ? (cells.howToApply ?? "") : base.howToApply.text,
    },
    deliveryModes: list("deliveryModes", base.deliveryModes),
    languages: list("languages", base.languages),
    areaCodes: list("areaCodes", base.areaCodes),
    locations,
    lastVerifiedAt: text("lastVerifiedAt", base.lastVerifiedAt),
    lastVerifiedSource: text("lastVerifiedSource", base.lastVerifiedSource),
  };
}

const COLUMN_OF_PATH: Record<string, ServiceCsvColumn> = {
  "cost.kind": "costKind",
  "cost.amount": "costAmount",
  "cost.unit": "costUnit",
  "cost.explanation": "costExplanation",
  "howToApply.text": "howToApply",
  providerId: "providerNip",
  name: "locationName",
  "address.streetAddress": "locationStreetAddress",
  "address.postalCode": "locationPostalCode",
  "address.city": "locationCity",
  "address.gminaCode": "locationGminaCode",
};

/** The CSV column of an editor-input path like ["input", "cost", "amount"] or ["input", "locations", "0", "address", "city"]. */
export function serviceColumnOfPath(field: string[]): string {
  const path = field.slice(1);
  if (path[0] === "locations") return COLUMN_OF_PATH[path.slice(2).join(".")] ?? "line";
  return COLUMN_OF_PATH[path.join(".")] ?? path[0] ?? "line";
}
