import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../config/paths";
import { buildApiSchema, printApiSchema } from "../app/schema";

export const SCHEMA_FILE = join(REPO_ROOT, "packages", "schema", "schema.graphql");

writeFileSync(SCHEMA_FILE, printApiSchema(await buildApiSchema()));
process.stdout.write(`Wrote ${SCHEMA_FILE}\n`);
