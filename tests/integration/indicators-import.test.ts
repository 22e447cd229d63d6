import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  importIndicatorValuesCsv,
  importIndicatorValuesFile,
  importTerytFile,
  IndicatorCsvError,
} from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { insertIndicatorRow } from "../factories/indicator-rows";
import { REPO_ROOT, TERYT_FILE } from "../support/paths";
import { createTestDatabase, type TestDatabase } from "../support/test-hub";

const run = promisify(execFile);
const EXAMPLE_FILE = join(REPO_ROOT, "tests/fixtures/indicator-values.csv");
const BROKEN_FILE = join(REPO_ROOT, "tests/fixtures/indicator-values-broken.csv");
const CODES = ["OZPS_ODSETEK_KORZYSTAJACYCH", "WPRES_PES_NA_10K"];
let database: TestDatabase;

async function scalar(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await database.pool.query<{ value: string }>(sql, params);
  return Number(rows[0]!.value);
}

const valueCount = () => scalar("select count(*) as value from indicator_value");
const auditCount = () =>
  scalar("select count(*) as value from audit_entry where action = 'INDICATOR_VALUES_IMPORTED'");

async function problemsOf(importing: Promise<unknown>) {
  const error = await importing.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(IndicatorCsvError);
  return (error as IndicatorCsvError).problems;
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  await insertIndicatorRow(database.pool, {
    code: CODES[0]!,
    programme: "OZPS",
    direction: "LOWER_IS_BETTER",
  });
  await insertIndicatorRow(database.pool, { code: CODES[1]!, programme: "WPRES", unit: "na 10 tys." });
});
afterAll(() => database.drop());

describe("indicator values import", () => {
  it("imports the example file in one audited transaction", async () => {
    const report = await importIndicatorValuesFile(database.orm.em.fork(), EXAMPLE_FILE);
    expect(report).toEqual({ rows: 11, inserted: 11, updated: 0, unchanged: 0, indicatorCodes: CODES });
    const { rows } = await database.pool.query(
      `select territorial_unit_code, year, value::float8 as value, baseline::float8 as baseline,
              target::float8 as target, note, is_demo
       from indicator_value order by indicator_code, territorial_unit_code, year`,
    );
    expect(rows[0]).toMatchObject({ territorial_unit_code: "20", year: 2020, value: 6.9, baseline: null });
    expect(rows.find((row) => row.territorial_unit_code === "2061")?.note).toBe(
      "miasto na prawach powiatu; dane MOPR",
    );
    expect(rows.at(-1)).toMatchObject({
      year: 2023,
      value: 33.1,
      baseline: 29.5,
      target: 36.9,
      is_demo: false,
    });
    const audit = await database.pool.query("select actor_user_id, entity_id, after from audit_entry");
    expect(audit.rows).toEqual([
      {
        actor_user_id: null,
        entity_id: CODES.join(","),
        after: expect.objectContaining({
          rows: 11,
          inserted: 11,
          sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
        }),
      },
    ]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const report = await importIndicatorValuesFile(database.orm.em.fork(), EXAMPLE_FILE);
    expect(report).toMatchObject({ rows: 11, inserted: 0, updated: 0, unchanged: 11 });
    expect(await valueCount()).toBe(11);
  });

  it("works as `npm run import:indicators -- <file>` and fails with the line and column", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      MEILI_URL: inject("meiliUrl"),
      MEILI_MASTER_KEY: inject("meiliApiKey"),
      MEILI_INDEX_PREFIX: database.indexPrefix,
    };
    const script = join(REPO_ROOT, "packages/server/src/cli/import-indicators.ts");
    const ok = await run(process.execPath, ["--import", "tsx", script, EXAMPLE_FILE], {
      env,
      cwd: REPO_ROOT,
    });
    expect(ok.stdout).toMatch(/11 values in the file .*0 added, 0 changed, 11 unchanged/);

    const failed = await run(process.execPath, ["--import", "tsx", script, BROKEN_FILE], {
      env,
      cwd: REPO_ROOT,
    }).catch((caught: { code: number; stderr: string }) => caught);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /line 3, column teryt: must be a TERYT code of 2, 4 or 7 digits \(got "20O1"\)/,
    );
  });

  it("upserts by indicator, unit and year; a column left out keeps its stored values", async () => {
    const csv =
      'indicator,teryt,year,value\nWPRES_PES_NA_10K,20,2021,"31,5"\nWPRES_PES_NA_10K,2002,2021,30\n';
    const report = await importIndicatorValuesCsv(database.orm.em.fork(), csv);
    expect(report).toMatchObject({ rows: 2, inserted: 1, updated: 1, unchanged: 0 });
    const { rows } = await database.pool.query(
      `select value::float8 as value, baseline::float8 as baseline, note from indicator_value
       where indicator_code = 'WPRES_PES_NA_10K' and territorial_unit_code = '20' and year = 2021`,
    );
    expect(rows[0]).toEqual({ value: 31.5, baseline: 29.5, note: "wartość bazowa z 2019 r." });
  });

  it("rejects the broken file naming each line and column, and writes nothing", async () => {
    const before = [await valueCount(), await auditCount()];
    expect(await problemsOf(importIndicatorValuesFile(database.orm.em.fork(), BROKEN_FILE))).toEqual([
      { line: 3, column: "teryt", message: 'must be a TERYT code of 2, 4 or 7 digits (got "20O1")' },
      { line: 4, column: "value", message: 'must be a number such as 6,9 or 1 250 (got "7.1.5")' },
      { line: 6, column: "year", message: 'must be a year from 1990 to 2100 (got "22")' },
      { line: 7, column: "year", message: "OZPS_ODSETEK_KORZYSTAJACYCH for 20 in 2022 repeats line 2" },
      { line: 8, column: "line", message: "must have 8 fields (has 6)" },
    ]);
    expect([await valueCount(), await auditCount()]).toEqual(before);
  });

  it("rejects codes the database does not know, and writes nothing", async () => {
    const before = await valueCount();
    const csv = [
      "wskaźnik;kod teryt;rok;wartość",
      "NIEZNANY_WSKAZNIK;20;2024;1",
      "OZPS_ODSETEK_KORZYSTAJACYCH;2099;2024;5,5",
      "OZPS_ODSETEK_KORZYSTAJACYCH;20;2024;5,5",
    ].join("\n");
    expect(await problemsOf(importIndicatorValuesCsv(database.orm.em.fork(), csv))).toEqual([
      { line: 2, column: "indicator", message: 'no indicator has the code "NIEZNANY_WSKAZNIK"' },
      { line: 3, column: "teryt", message: 'no unit of the TERYT register has the code "2099"' },
    ]);
    expect(await valueCount()).toBe(before);
  });

  it("asks for UTF-8 when a spreadsheet saved the file in Windows-1250", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "indicator-files-")), "cp1250.csv");
    // "Białystok" with ł as the single Windows-1250 byte 0xB3.
    writeFileSync(
      path,
      Buffer.from(
        "indicator;teryt;year;value;note\nOZPS_ODSETEK_KORZYSTAJACYCH;20;2024;5;Bia\xb3ystok\n",
        "latin1",
      ),
    );
    expect(await problemsOf(importIndicatorValuesFile(database.orm.em.fork(), path))).toEqual([
      { line: 1, column: "file", message: 'must be UTF-8 text (in a spreadsheet: save as "CSV UTF-8")' },
    ]);
  });
});
