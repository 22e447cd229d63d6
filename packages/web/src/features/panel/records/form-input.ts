/**
 * Pure helpers for turning a panel form's posted text (`formValues(formData)`) into a typed API
 * input: blank → null, numbers and dates checked, lists split, repeatable rows (`offerings.0.name`,
 * `offerings.1.name`, …) collected without their blank rows. What cannot even be sent is collected
 * in `errors` by field name, in Polish, so the action can answer without calling the API.
 */
export interface FormInputReader {
  errors: Record<string, string>;
  /** Trimmed text; null when blank. */
  text(name: string): string | null;
  /** Trimmed text; an error at the field when blank. */
  required(name: string, message?: string): string;
  int(name: string): number | null;
  decimal(name: string): number | null;
  /** A calendar date YYYY-MM-DD (what `<input type=date>` sends). */
  date(name: string): string | null;
  /** Codes and other short items separated by commas, semicolons, spaces or new lines. */
  list(name: string): string[];
  /** "true" from a checkbox (see PanelCheckbox). */
  flag(name: string): boolean;
  /** The row numbers of a repeatable group that have any of `fields` filled, in order. */
  rows(group: string, fields: readonly string[]): number[];
  fail(name: string, message: string): void;
}

export function formInputReader(values: Record<string, string>): FormInputReader {
  const errors: Record<string, string> = {};
  const fail = (name: string, message: string) => {
    errors[name] ??= message;
  };
  const text = (name: string) => values[name]?.trim() || null;
  return {
    errors,
    fail,
    text,
    required(name, message = "To pole jest wymagane.") {
      const value = text(name);
      if (!value) fail(name, message);
      return value ?? "";
    },
    int(name) {
      const value = text(name)?.replace(/\s/g, "");
      if (!value) return null;
      if (!/^-?\d{1,9}$/.test(value)) {
        fail(name, "Wpisz liczbę całkowitą, np. 12.");
        return null;
      }
      return Number(value);
    },
    decimal(name) {
      const value = text(name)?.replace(",", ".");
      if (!value) return null;
      if (!/^-?\d{1,3}(\.\d+)?$/.test(value)) {
        fail(name, "Wpisz liczbę, np. 53.1325.");
        return null;
      }
      return Number(value);
    },
    date(name) {
      const value = text(name);
      if (!value) return null;
      const parsed = new Date(`${value}T00:00:00Z`);
      if (
        !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
        Number.isNaN(parsed.getTime()) ||
        parsed.toISOString().slice(0, 10) !== value
      ) {
        fail(name, "Wpisz datę w postaci RRRR-MM-DD.");
        return null;
      }
      return value;
    },
    list(name) {
      return [...new Set((values[name] ?? "").split(/[\s,;]+/).filter(Boolean))];
    },
    flag(name) {
      return values[name] === "true";
    },
    rows(group, fields) {
      const pattern = new RegExp(`^${group.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d{1,3})\\.`);
      const indexes = new Set<number>();
      for (const name of Object.keys(values)) {
        const match = pattern.exec(name);
        if (match) indexes.add(Number(match[1]));
      }
      return [...indexes]
        .sort((a, b) => a - b)
        .filter((index) => fields.some((field) => text(`${group}.${index}.${field}`)));
    },
  };
}

/** A form converted to its API input, or the errors that stopped it. */
export type FormConversion<Input> =
  | { ok: true; input: Input; rowIndexes: Record<string, number[]> }
  | { ok: false; errors: Record<string, string> };
