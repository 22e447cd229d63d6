import type { EntityManager } from "@mikro-orm/postgresql";
import type { IndicatorCsvProblem } from "./indicator-csv-error";
import type { IndicatorValueRow } from "./parse-indicator-csv";

/** Rows naming an indicator or a TERYT unit the database does not have. */
export async function findUnknownReferences(
  tx: EntityManager,
  rows: readonly IndicatorValueRow[],
): Promise<IndicatorCsvProblem[]> {
  const known = async (table: string, codes: Set<string>) => {
    const found = await tx.execute<{ code: string }[]>(
      `select code from ${table} where code in (select jsonb_array_elements_text(?::jsonb))`,
      [JSON.stringify([...codes])],
    );
    return new Set(found.map((row) => row.code));
  };
  const indicators = await known("indicator", new Set(rows.map((row) => row.indicatorCode)));
  const units = await known("territorial_unit", new Set(rows.map((row) => row.territorialUnitCode)));
  const problems: IndicatorCsvProblem[] = [];
  for (const row of rows) {
    if (!indicators.has(row.indicatorCode))
      problems.push({
        line: row.line,
        column: "indicator",
        message: `no indicator has the code "${row.indicatorCode}"`,
      });
    if (!units.has(row.territorialUnitCode))
      problems.push({
        line: row.line,
        column: "teryt",
        message: `no unit of the TERYT register has the code "${row.territorialUnitCode}"`,
      });
  }
  return problems;
}
