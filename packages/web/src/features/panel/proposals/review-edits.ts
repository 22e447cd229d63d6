type Values = Record<string, unknown>;
type Target = "ORGANIZATION" | "SERVICE";

/** A diff field an editor may adjust before accepting, and where it lives in the API's input. */
interface EditableField {
  /** The input path inside OrganizationInput or ServiceInput, dot-joined. */
  path: string;
  multiline?: boolean;
  number?: boolean;
}

// Diff fields are the stored record's (flat) names; the input nests some of them.
const EDITABLE: Record<Target, Record<string, EditableField>> = {
  ORGANIZATION: {
    name: { path: "name" },
    shortName: { path: "shortName" },
    description: { path: "description", multiline: true },
    foundingBody: { path: "foundingBody" },
    streetAddress: { path: "address.streetAddress" },
    postalCode: { path: "address.postalCode" },
    city: { path: "address.city" },
    email: { path: "contact.email" },
    phone: { path: "contact.phone" },
    website: { path: "contact.website" },
    employeeCount: { path: "employeeCount", number: true },
    employeesAtRiskCount: { path: "employeesAtRiskCount", number: true },
  },
  SERVICE: {
    title: { path: "title" },
    description: { path: "description", multiline: true },
    costAmount: { path: "cost.amount", number: true },
    costUnit: { path: "cost.unit" },
    costExplanation: { path: "cost.explanation", multiline: true },
    eligibilityText: { path: "eligibility.text", multiline: true },
    howToApply: { path: "howToApply.text", multiline: true },
    waitingTimeText: { path: "waitingTimeText" },
    legalBasis: { path: "legalBasis" },
  },
};

/** The key of ChangeProposalEditsInput for a proposal's kind of record. */
export const editsKey = (target: Target) => (target === "ORGANIZATION" ? "organization" : "service");

export interface EditFormField {
  /** The form field's name: the edits input path, so the API's errors land at it. */
  name: string;
  label: string;
  value: string;
  multiline: boolean;
  number: boolean;
}

function valueAt(values: Values, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Values | null)?.[key], values);
}

/** The changed fields an editor may adjust, pre-filled with the proposed values. */
export function editFormFields(
  target: Target,
  proposedValues: Values,
  diff: readonly { field: string; label: string }[],
): EditFormField[] {
  return diff.flatMap(({ field, label }) => {
    const editable = EDITABLE[target][field];
    if (!editable) return [];
    const value = valueAt(proposedValues, editable.path);
    return [
      {
        name: `${editsKey(target)}.${editable.path}`,
        label,
        value: value === null || value === undefined ? "" : String(value),
        multiline: Boolean(editable.multiline),
        number: Boolean(editable.number),
      },
    ];
  });
}

function setAt(values: Values, path: string[], value: unknown): Values {
  const [key, ...rest] = path;
  if (!key) return values;
  if (rest.length === 0) return { ...values, [key]: value };
  const child = values[key];
  return {
    ...values,
    [key]: setAt(child && typeof child === "object" ? (child as Values) : {}, rest, value),
  };
}

/**
 * The proposed values with the editor's adjustments of the editable fields put in; the rest stays
 * as proposed (the edits replace the proposed values in full). A number field left empty is null;
 * one that is not a number is an error at its field, since the API could not even read it.
 */
export function applyEdits(
  target: Target,
  proposedValues: Values,
  submitted: Record<string, string>,
): { values: Values; fieldErrors: Record<string, string> } {
  const prefix = `${editsKey(target)}.`;
  const byPath = new Map(Object.values(EDITABLE[target]).map((field) => [field.path, field]));
  const fieldErrors: Record<string, string> = {};
  let values = proposedValues;
  for (const [name, raw] of Object.entries(submitted)) {
    if (!name.startsWith(prefix)) continue;
    const field = byPath.get(name.slice(prefix.length));
    if (!field) continue;
    const text = raw.trim();
    let value: unknown = raw;
    if (field.number) {
      value = text === "" ? null : Number(text.replace(",", "."));
      if (Number.isNaN(value)) fieldErrors[name] = "Wpisz liczbę, np. 12,50.";
    }
    values = setAt(values, field.path.split("."), value);
  }
  return { values, fieldErrors };
}
