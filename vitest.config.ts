import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

// One copy of graphql for everyone: type-graphql, Apollo and the tests must share its realm.
const resolve = { alias: { graphql: require.resolve("graphql") } };

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
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        resolve,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
