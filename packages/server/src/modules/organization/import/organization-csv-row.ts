import { LEGAL_FORMS, PES_TYPES } from "@obserwatorium/schema";
import type { UserError } from "../../common/user-error.type";
import { cellProblem, isOneOf, type CsvSpec } from "../../common/csv-import/import-csv";
import { listCell, numberCell, optionalCell } from "../../common/csv-import/import-text";
import type { OrganizationInput } from "../dto/organization.input";
import type { Offering } from "../offering.entity";
import type { Organization } from "../organization.entity";

/** Columns of an organizations CSV (see data/templates/organizations-import.csv); lists use "|". */
export const ORGANIZATION_CSV_COLUMNS = [
  "name",
  "shortName",
  "slug",
  "legalForm",
  "pesType",
  "nip",
  "regon",
  "krs",
  "streetAddress",
  "postalCode",
  "city",
  "gminaCode",
  "latitude",
  "longitude",
  "areaCodes",
  "email",
  "phone",
  "website",
  "description",
  "foundingBody",
  "employeeCount",
  "employeesAtRiskCount",
  "isActive",
  "lastVerifiedAt",
  "lastVerifiedSource",
] as const;
export type OrganizationCsvColumn = (typeof ORGANIZATION_CSV_COLUMNS)[number];
export type OrganizationCsvCells = Partial<Record<OrganizationCsvColumn, string>>;

export const ORGANIZATION_CSV: CsvSpec<OrganizationCsvColumn> = {
  columns: ORGANIZATION_CSV_COLUMNS,
  required: ["name", "legalForm", "pesType", "streetAddress", "postalCode", "city", "gminaCode"],
  what: "podmiotów",
};

const YES = ["tak", "t", "true", "1", "yes"];
const NO = ["nie", "n", "false", "0", "no"];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Checks the cells that the editor input types would have checked (vocabularies, numbers, dates). */
export function organizationCellProblems(line: number, cells: OrganizationCsvCells): UserError[] {
  const problems: UserError[] = [];
  const at = (column: OrganizationCsvColumn, message: string) =>
    problems.push(cellProblem(line, column, message));
  if (cells.legalForm !== undefined && !isOneOf(LEGAL_FORMS, cells.legalForm.trim()))
    at("legalForm", `musi być jedną z wartości: ${LEGAL_FORMS.join(", ")}`);
  if (cells.pesType !== undefined && !isOneOf(PES_TYPES, cells.pesType.trim()))
    at("pesType", `musi być jedną z wartości: ${PES_TYPES.join(", ")}`);
  for (const column of ["employeeCount", "employeesAtRiskCount"] as const) {
    const value = optionalCell(cells[column]);
    if (value !== null && !/^\d{1,9}$/.test(value)) at(column, "musi być liczbą całkowitą, np. 12");
  }
  const isActive = optionalCell(cells.isActive)?.toLowerCase();
  if (isActive && !YES.includes(isActive) && !NO.includes(isActive))
    at("isActive", "musi być „tak” albo „nie”");
  const verified = optionalCell(cells.lastVerifiedAt);
  if (verified && (!DATE.test(verified) || Number.isNaN(Date.parse(verified))))
    at("lastVerifiedAt", "musi być datą RRRR-MM-DD");
  const hasLatitude = optionalCell(cells.latitude) !== null;
  if (hasLatitude !== (optionalCell(cells.longitude) !== null))
    at(hasLatitude ? "longitude" : "latitude", "współrzędne podaje się obie albo żadnej");
  return problems;
}

/** An empty organization: what a new record starts from before the file's columns fill it. */
export const EMPTY_ORGANIZATION_INPUT: OrganizationInput = {
  name: "",
  legalForm: "OTHER_NGO",
  pesType: "NOT_PES",
  address: { streetAddress: "", postalCode: "", city: "", gminaCode: "" },
};

/** A stored organization as the editor input that would save it unchanged. */
export function organizationInputOfRecord(
  organization: Organization,
  offerings: Offering[],
  areaCodes: string[],
): OrganizationInput {
  const o = organization;
  return {
    name: o.name,
    shortName: o.shortName,
    slug: o.slug,
    legalForm: o.legalForm,
    pesType: o.pesType,
    nip: o.nip,
    regon: o.regon,
    krs: o.krs,
    address: {
      streetAddress: o.streetAddress,
      postalCode: o.postalCode,
      city: o.city,
      gminaCode: o.seatGminaCode,
    },
    coordinates:
      o.latitude != null && o.longitude != null ? { latitude: o.latitude, longitude: o.longitude } : null,
    areaCodes,
    contact: { email: o.email, phone: o.phone, website: o.website },
    description: o.description,
    foundingBody: o.foundingBody,
    employeeCount: o.employeeCount,
    employeesAtRiskCount: o.employeesAtRiskCount,
    offerings: offerings.map(({ kind, name, description, cpvCodes }) => ({
      kind,
      name,
      description,
      cpvCodes,
    })),
    isActive: o.isActive,
    lastVerifiedAt: o.lastVerifiedAt ?? null,
    lastVerifiedSource: o.lastVerifiedSource,
  };
}

/** "12-34-56-785" as "123456785": spreadsheets format numbers; anything else is left to validation. */
const identifier = (value: string | null) =>
  value && /^[\d\s-]+$/.test(value) ? value.replace(/\D/g, "") : value;

/**
 * The editor input of a line: the columns the file has replace those of `base` (the stored record,
 * or the empty one); columns it lacks keep their stored values. An empty slug keeps the stored one.
 */
export function organizationInputOfRow(
  cells: OrganizationCsvCells,
  base: OrganizationInput,
): OrganizationInput {
  const has = (column: OrganizationCsvColumn) => cells[column] !== undefined;
  const text = (column: OrganizationCsvColumn, current: string | null | undefined) =>
    has(column) ? optionalCell(cells[column]) : (current ?? null);
  const number = (column: "employeeCount" | "employeesAtRiskCount", current: number | null | undefined) =>
    has(column) ? numberCell(cells[column]) : (current ?? null);
  const latitude = numberCell(cells.latitude);
  const longitude = numberCell(cells.longitude);
  const isActive = optionalCell(cells.isActive)?.toLowerCase();
  return {
    ...base,
    name: has("name") ? (cells.name ?? "") : base.name,
    shortName: text("shortName", base.shortName),
    slug: optionalCell(cells.slug) ?? base.slug ?? null,
    legalForm: (has("legalForm")
      ? cells.legalForm!.trim()
      : base.legalForm) as OrganizationInput["legalForm"],
    pesType: (has("pesType") ? cells.pesType!.trim() : base.pesType) as OrganizationInput["pesType"],
    nip: text("nip", base.nip),
    regon: identifier(text("regon", base.regon)),
    krs: identifier(text("krs", base.krs)),
    address: {
      streetAddress: text("streetAddress", base.address.streetAddress) ?? "",
      postalCode: text("postalCode", base.address.postalCode) ?? "",
      city: text("city", base.address.city) ?? "",
      gminaCode: text("gminaCode", base.address.gminaCode) ?? "",
    },
    coordinates:
      has("latitude") || has("longitude")
        ? latitude !== null && longitude !== null
          ? { latitude, longitude }
          : null
        : (base.coordinates ?? null),
    areaCodes: has("areaCodes") ? listCell(cells.areaCodes) : (base.areaCodes ?? []),
    contact: {
      email: text("email", base.contact?.email),
      phone: text("phone", base.contact?.phone),
      website: text("website", base.contact?.website),
    },
    description: has("description") ? (cells.description ?? "") : base.description,
    foundingBody: text("foundingBody", base.foundingBody),
    employeeCount: number("employeeCount", base.employeeCount),
    employeesAtRiskCount: number("employeesAtRiskCount", base.employeesAtRiskCount),
    isActive: has("isActive") ? (isActive ? YES.includes(isActive) : true) : (base.isActive ?? true),
    lastVerifiedAt: text("lastVerifiedAt", base.lastVerifiedAt),
    lastVerifiedSource: text("lastVerifiedSource", base.lastVerifiedSource),
  };
}

const COLUMN_OF_PATH: Record<string, OrganizationCsvColumn> = {
  "address.streetAddress": "streetAddress",
  "address.postalCode": "postalCode",
  "address.city": "city",
  "address.gminaCode": "gminaCode",
  coordinates: "latitude",
  "contact.email": "email",
  "contact.phone": "phone",
  "contact.website": "website",
};

/** The CSV column of an editor-input path like ["input", "address", "postalCode"]. */
export function organizationColumnOfPath(field: string[]): string {
  const path = field.slice(1);
  const exact = COLUMN_OF_PATH[path.join(".")];
  if (exact) return exact;
  if (path[0] === "offerings") return "line";
  return path[0] ?? "line";
}
