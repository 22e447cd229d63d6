import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../support/paths";

const run = promisify(execFile);

it("`npm start` refuses a wrong configuration, naming each variable and its problem", async () => {
  const result = await run(process.execPath, ["--import", "tsx", "packages/server/src/hub/start-hub.ts"], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, API_PORT: "http", WEB_PORT: "99999", MEILI_MASTER_KEY: "too-short" },
  }).catch((error: { code: number; stderr: string }) => error);
  expect(result).toMatchObject({ code: 78 });
  const stderr = (result as { stderr: string }).stderr;
  expect(stderr).toContain('API_PORT must be a number (got "http")');
  expect(stderr).toContain('WEB_PORT must be between 1 and 65535 (got "99999")');
  expect(stderr).toContain("MEILI_MASTER_KEY must be at least 16 characters long");
  expect(stderr).not.toContain("too-short");
});
