import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  buildApiSchema,
  buildSubgraphApiSchema,
  printApiSchema,
  printSubgraphApiSchema,
} from "@obserwatorium/server";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../support/paths";

const committed = (file: string) => readFileSync(join(REPO_ROOT, "packages/schema", file), "utf8");

it("packages/schema/schema.graphql matches the schema the server builds (run `npm run schema:emit`)", async () => {
  expect(printApiSchema(await buildApiSchema())).toBe(committed("schema.graphql"));
});

it("packages/schema/subgraph.graphql matches the federation subgraph's SDL (run `npm run schema:emit`)", async () => {
  const subgraph = buildSubgraphApiSchema(await buildApiSchema());
  expect(await printSubgraphApiSchema(subgraph)).toBe(committed("subgraph.graphql"));
});
