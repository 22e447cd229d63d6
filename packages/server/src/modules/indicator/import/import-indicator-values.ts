import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { EntityManager } from "@mikro-orm/postgresql";
import { recordAudit } from "../../audit/audit.service";
import { IndicatorCsvError } from "./indicator-csv-error";
import { findUnknownReferences } from "./indicator-references";
import { parseIndicatorCsv } from "./parse-indicator-csv";
import { upsertIndicatorValues } from "./upsert-indicator-values";

export interface IndicatorImportReport {
  /** Value rows in the file; all of them are stored after the import. */
  rows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  indicatorCodes: string[];
}

/** Reads a UTF-8 file (a byte-order mark is fine) and imports it; see `importIndicatorValuesCsv`. */
export async function importIndicatorValuesFile(
  em: EntityManager,
  path: string,
  actorUserId: string | null = null,
): Promise<IndicatorImportReport> {
  const bytes = await readFile(path);
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new IndicatorCsvError([
      { line: 1, column: "file", message: 'must be UTF-8 text (in a spreadsheet: save as "CSV UTF-8")' },
    ]);
  }
  return importIndicatorValuesCsv(em, content, actorUserId);
}

/**
 * Imports indicator values: the whole file is checked first (format, then indicator and TERYT codes),
 * then every row is upserted by indicator + unit + year in one transaction with one audit entry.
 * Throws `IndicatorCsvError` listing the problems by line and column when anything is wrong, and
 * then writes nothing. Importing the same file again changes nothing.
 */
export async function importIndicatorValuesCsv(
  em: EntityManager,
  content: string,
  actorUserId: string | null = null,
): Promise<IndicatorImportReport> {
  const file = parseIndicatorCsv(content);
  return em.transactional(async (tx) => {
    const problems = await findUnknownReferences(tx, file.rows);
    if (problems.length > 0) throw new IndicatorCsvError(problems);
    const changes = await upsertIndicatorValues(tx, file);
    const inserted = changes.filter((change) => change.inserted).length;
    const report: IndicatorImportReport = {
      rows: file.rows.length,
      inserted,
      updated: changes.length - inserted,
      unchanged: file.rows.length - changes.length,
      indicatorCodes: [...new Set(file.rows.map((row) => row.indicatorCode))].sort(),
    };
    recordAudit(tx, {
      actorUserId,
      action: "INDICATOR_VALUES_IMPORTED",
      entityType: "IndicatorValue",
      entityId: report.indicatorCodes.join(","),
      before: null,
      after: { ...report, sha256: createHash("sha256").update(content).digest("hex") },
    });
    return report;
  });
}
