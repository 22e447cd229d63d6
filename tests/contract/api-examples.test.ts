import "reflect-metadata";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildApiSchema, DEFAULT_QUERY_LIMITS, measureOperation } from "@obserwatorium/server";
import { buildSchema, Kind, parse, validate, type OperationDefinitionNode } from "graphql";
import { expect, it } from "vitest";
import { REPO_ROOT } from "../support/paths";
import { worstCaseVariables } from "../support/worst-case-variables";

// The copy-paste examples of the /api page: files, so that this test reads exactly what partners copy.
const EXAMPLES_DIR = join(REPO_ROOT, "packages/web/src/features/api-docs/examples");
const examples = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith(".graphql"))
  .map((file) => ({ file, source: readFileSync(join(EXAMPLES_DIR, file), "utf8") }));

it("finds the examples of the three user groups", () => {
  expect(examples.map(({ file }) => file).sort()).toEqual([
    "certified-suppliers.graphql",
    "changes-since.graphql",
    "record-by-id.graphql",
    "services-in-gmina.graphql",
  ]);
});

it("keeps every example valid against the committed schema, one named query each", () => {
  const schema = buildSchema(readFileSync(join(REPO_ROOT, "packages/schema/schema.graphql"), "utf8"));
  const problems = examples.flatMap(({ file, source }) => {
    const document = parse(source);
    const operations = document.definitions.filter(
      (definition) => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const shape =
      operations.length === 1 && operations[0]!.operation === "query" && operations[0]!.name
        ? []
        : [`${file}: must hold one named query`];
    return [...shape, ...validate(schema, document).map((error) => `${file}: ${error.message}`)];
  });
  expect(problems).toEqual([]);
});

it("keeps every example within the default cost, depth and alias limits at the largest page", async () => {
  const schema = await buildApiSchema();
  const overLimits = examples.flatMap(({ file, source }) => {
    const document = parse(source);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    )!;
    const measure = measureOperation(schema, document, operation, worstCaseVariables(schema, operation));
    if (!measure) return [`${file}: its sample variables do not coerce`];
    const { maxCost, maxDepth, maxAliases } = DEFAULT_QUERY_LIMITS;
    return measure.cost > maxCost || measure.depth > maxDepth || measure.aliases > maxAliases
      ? [`${file}: ${JSON.stringify(measure)}`]
      : [];
  });
  expect(overLimits).toEqual([]);
});
