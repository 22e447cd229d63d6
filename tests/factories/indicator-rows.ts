import type pg from "pg";

export interface IndicatorRow {
  code: string;
  name?: string;
  programme?: string;
  area?: string | null;
  unit?: string;
  direction?: string;
}

/** Inserts an indicator definition directly, with bound parameters. */
export async function insertIndicatorRow(pool: pg.Pool, row: IndicatorRow): Promise<void> {
  await pool.query(
    `insert into indicator (code, name, programme, area, unit, direction) values ($1, $2, $3, $4, $5, $6)`,
    [
      row.code,
      row.name ?? `Wskaźnik ${row.code}`,
      row.programme ?? "OTHER",
      row.area ?? null,
      row.unit ?? "%",
      row.direction ?? "HIGHER_IS_BETTER",
    ],
  );
}
