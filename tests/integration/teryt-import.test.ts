import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { importTerytFile, TercFileError } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT, TERYT_FILE } from "../support/paths";
import { createTestDatabase, type TestDatabase } from "../support/test-hub";

const run = promisify(execFile);
let database: TestDatabase;
const scratch = mkdtempSync(join(tmpdir(), "teryt-files-"));

async function countByKind(): Promise<Record<string, number>> {
  const { rows } = await database.pool.query<{ kind: string; count: number }>(
    "select kind, count(*)::int as count from territorial_unit group by kind",
  );
  return Object.fromEntries(rows.map((row) => [row.kind, row.count]));
}

function variantOfRealFile(edit: (lines: string[]) => void): string {
  const lines = readFileSync(TERYT_FILE, "utf8").split("\n");
  edit(lines);
  const path = join(scratch, `variant-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, lines.join("\n"));
  return path;
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

describe("TERYT import", () => {
  it("imports the real register: 16 województw, 380 powiatów, 2477 gmin", async () => {
    const report = await importTerytFile(database.orm.em.fork(), TERYT_FILE);
    expect(report).toEqual({ units: 4332, inserted: 4332, updated: 0, removed: 0 });
    const counts = await countByKind();
    expect(counts.VOIVODESHIP).toBe(16);
    expect(counts.COUNTY! + counts.CITY_WITH_COUNTY_RIGHTS!).toBe(380);
    expect(counts.URBAN_MUNICIPALITY! + counts.RURAL_MUNICIPALITY! + counts.URBAN_RURAL_MUNICIPALITY!).toBe(
      2477,
    );
  });

  it("changes nothing when the same file is imported again", async () => {
    const report = await importTerytFile(database.orm.em.fork(), TERYT_FILE);
    expect(report).toEqual({ units: 4332, inserted: 0, updated: 0, removed: 0 });
  });

  it("applies a newer file: renamed units updated, vanished ones removed", async () => {
    const newer = variantOfRealFile((lines) => {
      const index = lines.findIndex((line) => line.startsWith("20;01;01;1;"));
      lines[index] = lines[index]!.replace("Augustów", "Augustów Nowy");
      lines.splice(
        lines.findIndex((line) => line.startsWith("20;01;07;2;")),
        1,
      );
    });
    const report = await importTerytFile(database.orm.em.fork(), newer);
    expect(report).toMatchObject({ inserted: 0, updated: 1, removed: 1 });
    const { rows } = await database.pool.query("select name from territorial_unit where code = '2001011'");
    expect(rows[0].name).toBe("Augustów Nowy");
    await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  });

  it("rejects a malformed file naming line and field, and writes nothing", async () => {
    const broken = variantOfRealFile((lines) => {
      lines[1] = lines[1]!.replace("DOLNOŚLĄSKIE", "DOLNY ŚLĄSK"); // a valid change before the error
      lines[41] = lines[41]!.replace(/;\d;/, ";7;");
    });
    const error = await importTerytFile(database.orm.em.fork(), broken).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TercFileError);
    expect((error as TercFileError).problems).toEqual([
      { line: 42, field: "RODZ", message: 'must be one of 1, 2, 3, 4, 5, 8, 9 (got "7")' },
    ]);
    const { rows } = await database.pool.query("select name from territorial_unit where code = '02'");
    expect(rows[0].name).toBe("dolnośląskie");
  });

  it("works as `npm run import:teryt -- <file>` and fails with the line and field", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      MEILI_URL: (await import("vitest")).inject("meiliUrl"),
      MEILI_MASTER_KEY: (await import("vitest")).inject("meiliApiKey"),
      MEILI_INDEX_PREFIX: database.indexPrefix,
    };
    const script = join(REPO_ROOT, "packages/server/src/cli/import-teryt.ts");
    const ok = await run(process.execPath, ["--import", "tsx", script, TERYT_FILE], { env, cwd: REPO_ROOT });
    expect(ok.stdout).toMatch(/4332 units in the file, 0 added, 0 changed, 0 removed/);

    const broken = variantOfRealFile((lines) => {
      lines[9] = lines[9]!.replace("2024-01-01", "2024-02-31");
    });
    const failed = await run(process.execPath, ["--import", "tsx", script, broken], {
      env,
      cwd: REPO_ROOT,
    }).catch((caught: { code: number; stderr: string }) => caught);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(
      /line 10, field STAN_NA: must be a date YYYY-MM-DD \(got "2024-02-31"\)/,
    );
  });
});
