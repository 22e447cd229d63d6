import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildApiSchema, DEFAULT_QUERY_LIMITS, measureOperation } from "@obserwatorium/server";
import { Kind, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../support/paths";
import { worstCaseVariables } from "../support/worst-case-variables";

// The codegen output holds every operation of the site, with its fragments, as a DocumentNode
// literal on one line (read as a file: tests do not import the site's internals).
const generated = readFileSync(join(REPO_ROOT, "packages/web/src/__generated__/graphql.ts"), "utf8");
const siteOperations = [
  ...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode</gm),
].map(([, name, json]) => {
  const document = JSON.parse(json!) as DocumentNode;
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  return { name: name!, document, operation };
});

it("finds the site's operations in the codegen output", () => {
  expect(siteOperations.length).toBeGreaterThan(50);
});

// Measured at the API's largest page wherever the site passes the page size as a variable: no page
// size the site may choose can get one of its own requests refused.
it("keeps every operation of the site within the default cost, depth and alias limits", async () => {
  const schema = await buildApiSchema();
  const overLimits = siteOperations.flatMap(({ name, document, operation }) => {
    const measure = measureOperation(schema, document, operation, worstCaseVariables(schema, operation));
    if (!measure) return [`${name}: its sample variables do not coerce`];
    const { maxCost, maxDepth, maxAliases } = DEFAULT_QUERY_LIMITS;
    return measure.cost > maxCost || measure.depth > maxDepth || measure.aliases > maxAliases
      ? [`${name}: ${JSON.stringify(measure)}`]
      : [];
  });
  expect(overLimits).toEqual([]);
});
