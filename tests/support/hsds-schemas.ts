import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { REPO_ROOT } from "./paths";

const SCHEMA_DIR = join(REPO_ROOT, "tests/fixtures/hsds-schemas");
/** Any base works: the files refer to each other by relative file name. */
const BASE = "https://hsds.invalid/schema/";

// Tabular Data Package annotations in the HSDS files: not JSON Schema, they assert nothing.
const ANNOTATIONS = [
  "name",
  "path",
  "mediatype",
  "profile",
  "order",
  "constraints",
  "core",
  "example",
  "tabular_required",
  "datapackage_type",
];

/**
 * `components.schemas.Page` of the HSDS 3.0 OpenAPI description (openreferral/specification,
 * schema/openapi.json at 0adc618fc73f0f867a9a878f79bfa7f188876bde), without its descriptions.
 */
const PAGE_SCHEMA = {
  type: "object",
  properties: {
    total_items: { type: "integer" },
    total_pages: { type: "integer" },
    page_number: { type: "integer" },
    size: { type: "integer" },
    first_page: { type: "boolean" },
    last_page: { type: "boolean" },
    empty: { type: "boolean" },
  },
  required: ["empty"],
};

const addFormats =
  (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

/** Ajv (JSON Schema 2020-12, the dialect of the HSDS OpenAPI file) loaded with the official files. */
export function hsdsValidators() {
  // strictTypes off: the files put `format: "csv"` (a table hint) on object schemas.
  const ajv = new Ajv2020({ allErrors: true, strictTypes: false });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  // Formats in the files that are table hints rather than string formats.
  ajv.addFormat("csv", true);
  ajv.addFormat("%Y", true);
  for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith(".json"))) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")), `${BASE}${file}`);
  }
  const validator = (file: string) => ajv.getSchema(`${BASE}${file}`)!;
  return {
    page: ajv.compile(PAGE_SCHEMA),
    service: validator("service.json"),
    organization: validator("organization.json"),
    taxonomy: validator("taxonomy.json"),
    taxonomyTerm: validator("taxonomy_term.json"),
    /** Every error, with its path, in the failure message. */
    problems(validate: ValidateFunction, data: unknown): string[] {
      if (validate(data)) return [];
      return (validate.errors ?? []).map(
        (error) =>
          `${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)} (${error.schemaPath})`,
      );
    },
  };
}
