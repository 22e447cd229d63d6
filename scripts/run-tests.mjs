// The whole suite (`npm test`) in stages, with independent steps of a stage run side by side: the
// static checks together, then the site's production build beside the API and database tests (which
// mostly wait on PostgreSQL and Meilisearch), then the browser tests against that build. A step's
// output is printed when it ends, whole, so parallel steps never interleave; the first failure
// stops the run with that step's exit code.
import { spawn } from "node:child_process";

const STAGES = [
  [
    { name: "eslint", command: "npx eslint ." },
    { name: "prettier", command: "npx prettier --check ." },
    // tsc is single-threaded: two programs side by side keep the second core busy once the linters end.
    {
      name: "typecheck (server, tests)",
      command: "npm run typecheck -w @obserwatorium/server -w @obserwatorium/tests",
    },
    {
      name: "typecheck (site, schema, indexer)",
      command:
        "npm run typecheck -w @obserwatorium/web -w @obserwatorium/schema -w @obserwatorium/search-indexer",
    },
  ],
  [
    {
      name: "unit, contract, integration and relevance tests",
      command:
        // Integration files each have their own database and index prefix and mostly wait on
        // PostgreSQL and Meilisearch: two at a time even on two cores (the default is one there).
        // The relevance suite joins the same run, so its demo data loads beside other files.
        "npx vitest run --project unit --project contract --project integration --project relevance --maxWorkers=2",
      live: true,
    },
    // Types were checked in the first stage; the build need not check them again. The build is
    // done long before the integration tests: the fault tests (which kill and restart their own
    // PostgreSQL and Meilisearch) take its place rather than compete with it for the CPU.
    {
      name: "site build, then fault tests",
      command: "npm run build && npx vitest run --project faults",
      env: { SKIP_WEB_TYPECHECK: "1" },
    },
  ],
  [{ name: "browser tests", command: "npx vitest run --project browser", live: true }],
];

function run(step) {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(step.command, {
      shell: true,
      env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? "1", ...step.env },
      stdio: step.live ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    const output = [];
    child.stdout?.on("data", (chunk) => output.push(chunk));
    child.stderr?.on("data", (chunk) => output.push(chunk));
    child.on("close", (code, signal) => {
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      if (!step.live) process.stdout.write(Buffer.concat(output));
      const outcome = code === 0 ? "passed" : `FAILED (${signal ?? `exit code ${code}`})`;
      console.log(`\n── ${step.name}: ${outcome} in ${seconds} s\n`);
      resolve(code ?? 1);
    });
  });
}

const suiteStarted = performance.now();
for (const stage of STAGES) {
  console.log(`\n── ${stage.map((step) => step.name).join(" ‖ ")}\n`);
  const codes = await Promise.all(stage.map(run));
  const failed = codes.find((code) => code !== 0);
  if (failed !== undefined) process.exit(failed);
}
console.log(`── whole suite passed in ${((performance.now() - suiteStarted) / 60_000).toFixed(1)} min`);
