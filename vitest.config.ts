import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// One copy of graphql for everyone: type-graphql, Apollo and the tests must share its realm.
// "@/…" is the site's own import root (packages/web/tsconfig.json), for its unit tests.
const resolve = {
  alias: [
    { find: /^graphql$/, replacement: require.resolve("graphql") },
    { find: /^@\//, replacement: fileURLToPath(new URL("./packages/web/src/", import.meta.url)) },
  ],
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: { name: "unit", include: ["packages/*/src/**/*.test.ts"], environment: "node" },
      },
      {
        resolve,
        test: { name: "contract", include: ["tests/contract/**/*.test.ts"], testTimeout: 60_000 },
      },
      {
        resolve,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-backing-services.ts"],
          // Memory tests (the streamed open-data export) measure what is retained, after a full GC.
          execArgv: ["--expose-gc"],
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: "relevance",
          include: ["tests/relevance/**/*.test.ts"],
          globalSetup: ["tests/support/global-backing-services.ts"],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        resolve,
        // Each fault file starts and kills its own PostgreSQL and Meilisearch (no global setup);
        // they mostly wait on those processes, so they run side by side even on two cores.
        test: {
          name: "faults",
          include: ["tests/faults/**/*.test.ts"],
          maxWorkers: 3,
          isolate: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        // Benchmarks print figures and write bench/RESULTS.md; `npm run bench` only, never `npm test`.
        test: {
          name: "bench",
          include: ["tests/bench/**/*.test.ts"],
          globalSetup: ["tests/support/global-backing-services.ts"],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // One benchmark at a time: two hubs on two cores would measure each other.
          fileParallelism: false,
        },
      },
      {
        resolve,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          globalSetup: ["tests/support/global-hub.ts"],
          // Two files at a time against the one shared hub: pages wait on the network and on
          // hydration as much as on the CPU. Files share one module graph per worker (as the
          // integration tests do): importing the server for each file cost ~2 min of CPU per run.
          maxWorkers: 2,
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
