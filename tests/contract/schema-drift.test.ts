import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildApiSchema, printApiSchema } from "@obserwatorium/server";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../support/paths";

it("packages/schema/schema.graphql matches the schema the server builds (run `npm run schema:emit`)", async () => {
  const committed = readFileSync(join(REPO_ROOT, "packages/schema/schema.graphql"), "utf8");
  expect(printApiSchema(await buildApiSchema())).toBe(committed);
});
