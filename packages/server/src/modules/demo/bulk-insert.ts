import type { EntityManager, Knex } from "@mikro-orm/postgresql";

/** Column names and PostgreSQL types of a table, as code declares them (never from input). */
export type ColumnTypes = readonly (readonly [name: string, postgresType: string])[];

export interface BulkTable<TKey extends string> {
  key: TKey;
  table: string;
  columns: ColumnTypes;
}

/**
 * Inserts rows in chunks, each chunk as one JSON query parameter, inside the caller's transaction.
 * (`em.execute` would inline the parameter into the SQL text, escaping megabytes of JSON.)
 */
export async function bulkInsert(
  tx: EntityManager,
  { table, columns }: Pick<BulkTable<string>, "table" | "columns">,
  rows: readonly object[],
  chunkSize = 5_000,
): Promise<void> {
  const names = columns.map(([name]) => name).join(", ");
  const recordType = columns.map(([name, type]) => `${name} ${type}`).join(", ");
  const sql = `insert into ${table} (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as x(${recordType})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const query = tx.getKnex().raw(sql, [JSON.stringify(rows.slice(start, start + chunkSize))]);
    const transaction = tx.getTransactionContext<Knex.Transaction>();
    await (transaction ? query.transacting(transaction) : query);
  }
}

/** Serializes demo loaders: two hubs starting at once must not both find a table empty. */
export async function lockDemoLoad(tx: EntityManager, name: string): Promise<void> {
  await tx.execute("select pg_advisory_xact_lock(hashtext(?))", [`obserwatorium:${name}`], "run");
}

/**
 * Runs `insert` in one transaction only when `table` (named in code) has no rows; returns null and
 * changes nothing otherwise.
 */
export async function insertIfEmpty<T>(
  em: EntityManager,
  table: string,
  insert: (tx: EntityManager) => Promise<T>,
): Promise<T | null> {
  return em.transactional(async (tx) => {
    await lockDemoLoad(tx, `demo-${table}`);
    const [row] = await tx.execute<{ present: boolean }[]>(
      `select exists (select 1 from ${table}) as present`,
    );
    return row?.present ? null : insert(tx);
  });
}
