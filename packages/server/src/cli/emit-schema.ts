import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../config/paths";
import { buildSubgraphApiSchema, printSubgraphApiSchema } from "../app/federation/subgraph-schema";
import { buildApiSchema, printApiSchema } from "../app/schema";

export const SCHEMA_FILE = join(REPO_ROOT, "packages", "schema", "schema.graphql");
export const SUBGRAPH_SCHEMA_FILE = join(REPO_ROOT, "packages", "schema", "subgraph.graphql");

const schema = await buildApiSchema();
writeFileSync(SCHEMA_FILE, printApiSchema(schema));
process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
writeFileSync(SUBGRAPH_SCHEMA_FILE, await printSubgraphApiSchema(buildSubgraphApiSchema(schema)));
process.stdout.write(`Wrote ${SUBGRAPH_SCHEMA_FILE}\n`);
