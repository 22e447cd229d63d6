import { quoteCsvField } from "../common/csv-field";
import type { OpenDataValue } from "./read-dataset";

/** RFC 4180 with commas; values are data for machines, written as they are (no formula disarming). */
export function csvField(value: OpenDataValue): string {
  return value === null ? "" : quoteCsvField(String(value), ",");
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
