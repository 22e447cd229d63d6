import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { REPO_ROOT } from "../config/paths";
import type { Logger } from "../modules/common/logger";

export const WEB_ROOT = join(REPO_ROOT, "packages", "web");
const nextBin = () => createRequire(join(WEB_ROOT, "package.json")).resolve("next/dist/bin/next");

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== "node_modules" && name !== ".next")
    .reduce((newest, name) => Math.max(newest, newestModification(join(path, name))), stats.mtimeMs);
}

/** A production build exists and nothing in the web sources changed after it. */
export function isWebBuildFresh(): boolean {
  const buildId = join(WEB_ROOT, ".next", "BUILD_ID");
  if (!existsSync(buildId)) return false;
  const built = statSync(buildId).mtimeMs;
  const inputs = ["src", "public", "next.config.ts", "package.json", "tsconfig.json"]
    .map((name) => join(WEB_ROOT, name))
    .filter(existsSync);
  return inputs.every((input) => newestModification(input) <= built);
}

export function buildWeb(logger: Logger): Promise<void> {
  logger.info("Building the site (next build); later starts reuse the build until the sources change");
  return new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [nextBin(), "build"], {
      cwd: WEB_ROOT,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolveBuild() : reject(new Error(`next build failed with exit code ${code}`)),
    );
  });
}

/**
 * Spawns `next start` directly with node (not through npx) so that the PID we hold is the server
 * itself and stopping it leaves nothing behind.
 */
export function startWeb(options: { port: number; host: string; graphqlUrl: string }): ChildProcess {
  return spawn(
    process.execPath,
    [nextBin(), "start", "--port", String(options.port), "--hostname", options.host],
    {
      cwd: WEB_ROOT,
      stdio: ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        GRAPHQL_URL: options.graphqlUrl,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
}

export async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
