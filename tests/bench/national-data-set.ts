import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findFreePort } from "@obserwatorium/server/infra";
import { REPO_ROOT } from "../support/paths";

/** Where the national data set of the benchmarks and the load run is kept between runs. */
export const BENCH_DATA_DIR = join(REPO_ROOT, ".data-bench");
const MARKER = join(BENCH_DATA_DIR, "national-data-set.json");
const SEED = "20261122";

export interface NationalDataSet {
  /** True when an earlier run's data set was reused. */
  cached: boolean;
  /** The seed command's own figures (seeding, reindex, documents/s) from the run that made it. */
  seedSummary: string[];
  seedSeconds: number;
}

/** Changes to the generators, loaders or migrations make a new data set; anything else reuses it. */
export function nationalDataSetFingerprint(): string {
  const hash = createHash("sha256").update(SEED);
  for (const folder of ["packages/server/src/modules/demo", "packages/server/src/db/migrations"]) {
    for (const file of readdirSync(join(REPO_ROOT, folder)).sort()) {
      if (file.endsWith(".test.ts")) continue;
      hash.update(file).update(readFileSync(join(REPO_ROOT, folder, file)));
    }
  }
  return hash.digest("hex");
}

/** Seeds the national data set (`npm run seed -- --scale national`) unless a current one is kept. */
export async function ensureNationalDataSet(
  log = (line: string) => console.log(line),
): Promise<NationalDataSet> {
  const expected = nationalDataSetFingerprint();
  if (existsSync(MARKER)) {
    const marker = JSON.parse(readFileSync(MARKER, "utf8")) as NationalDataSet & { fingerprint: string };
    if (marker.fingerprint === expected) return { ...marker, cached: true };
  }
  rmSync(BENCH_DATA_DIR, { recursive: true, force: true });
  log("Seeding the national data set (several minutes)…");
  const started = performance.now();
  const output = await run(
    ["--import", "tsx", "packages/server/src/cli/seed.ts", "--scale", "national", "--seed", SEED],
    {
      DATA_DIR: BENCH_DATA_DIR,
      EMBEDDED_POSTGRES_PORT: String(await findFreePort()),
      EMBEDDED_MEILI_PORT: String(await findFreePort()),
    },
  );
  const seedSeconds = Math.round((performance.now() - started) / 1000);
  const seedSummary = output
    .split("\n")
    .filter((line) => /National data set loaded|Full reindex|: \d+ documents in/.test(line))
    .map((line) => line.replace(/^\S+ INFO \[seed\] /, ""));
  writeFileSync(MARKER, JSON.stringify({ fingerprint: expected, seedSeconds, seedSummary }, null, 2));
  return { cached: false, seedSeconds, seedSummary };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`The national seed failed (${code}):\n${output}`)),
    );
  });
}
