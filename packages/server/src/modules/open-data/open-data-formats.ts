import type { OpenDataValue } from "./read-dataset";

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function csvField(value: OpenDataValue): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (values: readonly OpenDataValue[]) => `${values.map(csvField).join(",")}\r\n`;

/** One row as a JSON object keyed by the set's column names. */
export function jsonRecord(columns: readonly string[], values: readonly OpenDataValue[]): string {
  const record: Record<string, OpenDataValue> = {};
  columns.forEach((column, index) => {
    record[column] = values[index] ?? null;
  });
  return JSON.stringify(record);
}
