import type { ServiceInput } from "../dto/service.input";

/** Columns of a services CSV; lists inside a cell are separated with "|". */
export const SERVICE_CSV_COLUMNS = [
  "title",
  "slug",
  "description",
  "serviceType",
  "providerNip",
  "targetGroups",
  "costKind",
  "costAmount",
  "costUnit",
  "costExplanation",
  "howToApply",
  "deliveryModes",
  "languages",
  "areaCodes",
  "lastVerifiedAt",
  "lastVerifiedSource",
] as const;
export type ServiceCsvColumn = (typeof SERVICE_CSV_COLUMNS)[number];

export const REQUIRED_SERVICE_CSV_COLUMNS: readonly ServiceCsvColumn[] = [
  "title",
  "description",
  "serviceType",
  "costKind",
  "howToApply",
  "deliveryModes",
];

export type ServiceCsvRow = Partial<Record<ServiceCsvColumn, string>>;

const list = (cell: string | undefined) =>
  (cell ?? "")
    .split("|")
    .map((item) => item.trim())
    .filter(Boolean);
const optional = (cell: string | undefined) => (cell?.trim() ? cell.trim() : null);

/** What a cell that is not a number becomes: NaN, which the service validation reports at its column. */
function amount(cell: string | undefined): number | null {
  const text = optional(cell);
  return text === null ? null : Number(text.replace(",", "."));
}

/** One row as the editor mutation's input; `providerId` is filled in by the caller from providerNip. */
export function serviceInputOfRow(row: ServiceCsvRow, providerId: string | null): ServiceInput {
  return {
    title: row.title ?? "",
    slug: optional(row.slug),
    description: row.description ?? "",
    serviceType: (row.serviceType ?? "") as ServiceInput["serviceType"],
    providerId,
    targetGroups: list(row.targetGroups) as ServiceInput["targetGroups"],
    cost: {
      kind: (row.costKind ?? "") as ServiceInput["cost"]["kind"],
      amount: amount(row.costAmount),
      unit: optional(row.costUnit),
      explanation: optional(row.costExplanation),
    },
    howToApply: { text: row.howToApply ?? "" },
    deliveryModes: list(row.deliveryModes) as ServiceInput["deliveryModes"],
    languages: list(row.languages),
    areaCodes: list(row.areaCodes),
    lastVerifiedAt: optional(row.lastVerifiedAt),
    lastVerifiedSource: optional(row.lastVerifiedSource),
  };
}

const COLUMN_OF_PATH: Record<string, ServiceCsvColumn> = {
  "cost.kind": "costKind",
  "cost.amount": "costAmount",
  "cost.unit": "costUnit",
  "cost.explanation": "costExplanation",
  "howToApply.text": "howToApply",
  providerId: "providerNip",
};

/** The CSV column of an editor-input path like ["input", "cost", "amount"]. */
export function columnOfInputPath(field: string[]): string {
  const path = field.slice(1);
  return COLUMN_OF_PATH[path.join(".")] ?? path[0] ?? "line";
}
