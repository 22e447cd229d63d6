import type { Pool } from "pg";
import { toGlobalId } from "../common/global-id";
import type { OpenDataset } from "./open-data-datasets";

/** Rows per statement: memory stays bounded by one batch whatever the size of the set. */
export const BATCH_SIZE = 1_000;

export type OpenDataValue = string | number | boolean | null;

/** A database value as it goes into the file: dates as ISO text, numeric text as numbers. */
function plain(value: unknown): OpenDataValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/**
 * Reads a whole set in keyset order, a batch at a time, inside one read-only REPEATABLE READ
 * transaction: every batch sees the same snapshot, so a file never mixes two states of the data.
 */
export async function* readDataset(pool: Pool, dataset: OpenDataset): AsyncGenerator<OpenDataValue[][]> {
  const client = await pool.connect();
  let committed = false;
  try {
    await client.query("begin isolation level repeatable read read only");
    const order = dataset.keys.map(([expression]) => expression).join(", ");
    const placeholders = dataset.keys.map((_, index) => `$${index + 1}`).join(", ");
    let last: unknown[] | null = null;
    for (;;) {
      const after: string = last ? ` and (${order}) > (${placeholders})` : "";
      const { rows }: { rows: Record<string, unknown>[] } = await client.query<Record<string, unknown>>(
        `${dataset.select}${after} order by ${order} limit ${BATCH_SIZE}`,
        last ?? [],
      );
      if (rows.length === 0) break;
      const lastRow: Record<string, unknown> = rows[rows.length - 1]!;
      last = dataset.keys.map(([, column]) => lastRow[column]);
      yield rows.map((row: Record<string, unknown>) =>
        dataset.columns.map(({ name }) => cell(dataset, name, row[name])),
      );
      if (rows.length < BATCH_SIZE) break;
    }
    await client.query("commit");
    committed = true;
  } finally {
    // A failed read, or one stopped early (the download was abandoned), ends its transaction here.
    if (!committed) await client.query("rollback").catch(() => undefined);
    client.release();
  }
}

function cell(dataset: OpenDataset, column: string, value: unknown): OpenDataValue {
  const type = dataset.globalIds?.[column];
  if (type && typeof value === "string") return toGlobalId(type, value);
  return plain(value);
}
