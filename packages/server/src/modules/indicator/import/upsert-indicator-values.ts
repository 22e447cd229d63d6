import type { EntityManager, Knex } from "@mikro-orm/postgresql";
import type { OptionalCsvColumn } from "./indicator-csv-columns";
import type { IndicatorCsvFile, IndicatorValueRow } from "./parse-indicator-csv";

const CHUNK_SIZE = 5_000;
const OPTIONAL_COLUMNS: Record<OptionalCsvColumn, string> = {
  baseline: "baseline",
  target: "target",
  source: "source",
  note: "note",
};

/**
 * Upserts the rows by (indicator, unit, year), leaving identical rows untouched. An optional column
 * the file leaves out keeps its stored value; a present but empty cell clears it. A real value
 * replacing a demo one is no longer demo.
 */
export async function upsertIndicatorValues(
  tx: EntityManager,
  file: IndicatorCsvFile,
): Promise<{ inserted: boolean }[]> {
  // Column names come from the constant above, never from the file.
  const updated = ["value", ...file.optionalColumns.map((column) => OPTIONAL_COLUMNS[column])];
  const sql = `
    insert into indicator_value as stored
      (indicator_code, territorial_unit_code, year, value, baseline, target, source, note, is_demo)
    select indicator_code, territorial_unit_code, year, value, baseline, target, source, note, false
    from jsonb_to_recordset(?::jsonb) as row(indicator_code text, territorial_unit_code varchar(7),
      year smallint, value numeric, baseline numeric, target numeric, source text, note text)
    on conflict (indicator_code, territorial_unit_code, year) do update set
      ${updated.map((column) => `${column} = excluded.${column}`).join(", ")},
      is_demo = false, updated_at = now()
    where (${updated.map((column) => `stored.${column}`).join(", ")}, stored.is_demo)
      is distinct from (${updated.map((column) => `excluded.${column}`).join(", ")}, false)
    returning (xmax = 0) as inserted`;
  const changes: { inserted: boolean }[] = [];
  for (let start = 0; start < file.rows.length; start += CHUNK_SIZE) {
    const records = file.rows.slice(start, start + CHUNK_SIZE).map(toRecord);
    // A raw query with a bound parameter: em.execute would inline megabytes of JSON into the SQL.
    const query = tx.getKnex().raw(sql, [JSON.stringify(records)]);
    const transaction = tx.getTransactionContext<Knex.Transaction>();
    const result = await (transaction ? query.transacting(transaction) : query);
    changes.push(...(result as { rows: { inserted: boolean }[] }).rows);
  }
  return changes;
}

function toRecord(row: IndicatorValueRow) {
  return {
    indicator_code: row.indicatorCode,
    territorial_unit_code: row.territorialUnitCode,
    year: row.year,
    value: row.value,
    baseline: row.baseline,
    target: row.target,
    source: row.source,
    note: row.note,
  };
}
