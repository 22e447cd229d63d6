/** One field of a diff as the API gives it: text, or JSON for lists and objects; null when empty. */
export interface FieldChangeLike {
  field: string;
  label: string;
  before?: string | null;
  after?: string | null;
}

export type ChangeKind = "added" | "removed" | "changed";

export interface DiffRow {
  field: string;
  label: string;
  kind: ChangeKind;
  /** Words for the kind, so a change is never told by colour alone. */
  kindLabel: string;
  before: string;
  after: string;
}

export const EMPTY_VALUE = "(brak)";

const KIND_LABELS: Record<ChangeKind, string> = {
  added: "dodano",
  removed: "usunięto",
  changed: "zmieniono",
};

function readable(value: unknown): string {
  if (value === null || value === undefined || value === "") return EMPTY_VALUE;
  if (typeof value === "boolean") return value ? "tak" : "nie";
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY_VALUE;
    const items = value.map(readable);
    return value.some((item) => item !== null && typeof item === "object")
      ? items.join("; ")
      : items.join(", ");
  }
  if (typeof value === "object") {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== null && item !== "" && !(Array.isArray(item) && item.length === 0))
      .map(([key, item]) => `${key}: ${readable(item)}`)
      .join(", ");
  }
  return String(value);
}

/**
 * A diff value for people: plain text as it is; the API's JSON of lists, objects and yes/no values
 * written out ("a, b", "kind: SERVICE, name: Catering", "tak").
 */
export function displayDiffValue(value: string | null | undefined): string {
  if (value === null || value === undefined || value === "") return EMPTY_VALUE;
  if (!/^[[{]/.test(value) && value !== "true" && value !== "false") return value;
  try {
    return readable(JSON.parse(value));
  } catch {
    return value;
  }
}

export function diffRows(changes: readonly FieldChangeLike[]): DiffRow[] {
  return changes.map((change) => {
    const hadValue = change.before !== null && change.before !== undefined && change.before !== "";
    const hasValue = change.after !== null && change.after !== undefined && change.after !== "";
    const kind: ChangeKind = !hadValue ? "added" : !hasValue ? "removed" : "changed";
    return {
      field: change.field,
      label: change.label,
      kind,
      kindLabel: KIND_LABELS[kind],
      before: displayDiffValue(change.before),
      after: displayDiffValue(change.after),
    };
  });
}
