import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPostgresUrl, findFreePort, loadOrCreateLocalSecrets } from "@obserwatorium/server/infra";
import { REPO_ROOT } from "./paths";

export interface HubProcess {
  child: ChildProcess;
  siteUrl: string;
  apiUrl: string;
  ports: number[];
  /** The hub's embedded PostgreSQL, for tests that must look behind the API (e.g. create an editor). */
  databaseUrl(): string;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** A budget no test suite spends within a window; tests of the limit set their own, tiny one. */
export const TEST_RATE_LIMIT_POINTS = 100_000_000;

/**
 * Runs the hub exactly as `npm start` does on free ports, in a throw-away data folder unless
 * `dataDir` names one to keep (e.g. the national data set of the benchmarks).
 */
export async function startHubProcess(
  options: { timeoutMs?: number; dataDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<HubProcess> {
  const timeoutMs = options.timeoutMs ?? 240_000;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "obserwatorium-hub-"));
  const [apiPort, webPort, postgresPort, meiliPort] = await Promise.all([
    findFreePort(),
    findFreePort(),
    findFreePort(),
    findFreePort(),
  ]);
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    HOST: "127.0.0.1",
    API_PORT: String(apiPort),
    WEB_PORT: String(webPort),
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    EMBEDDED_MEILI_PORT: String(meiliPort),
    // Every browser test visits from 127.0.0.1: one address's budget must not run out across them.
    RATE_LIMIT_ANONYMOUS_POINTS: String(TEST_RATE_LIMIT_POINTS),
    ...options.env,
  };
  const child = spawn(process.execPath, ["--import", "tsx", "packages/server/src/hub/start-hub.ts"], {
    cwd: REPO_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));

  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`The hub was not ready in time:\n${output}`)), timeoutMs);
    const onData = () => {
      if (output.includes("Obserwatorium is ready")) {
        clearTimeout(timer);
        resolveReady();
      }
    };
    child.stdout!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The hub exited with code ${code} during start-up:\n${output}`));
    });
  });

  return {
    child,
    siteUrl: `http://127.0.0.1:${webPort}`,
    apiUrl: `http://127.0.0.1:${apiPort}/graphql`,
    ports: [apiPort, webPort, postgresPort, meiliPort],
    databaseUrl: () => embeddedPostgresUrl(loadOrCreateLocalSecrets(dataDir).postgresPassword, postgresPort),
    output: () => output,
    stop: (signal = "SIGTERM") =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolveStop(child.exitCode);
          return;
        }
        child.removeAllListeners("exit");
        child.once("exit", (code) => {
          if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
          resolveStop(code);
        });
        child.kill(signal);
      }),
  };
}
