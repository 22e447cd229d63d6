import type { CodegenConfig } from "@graphql-codegen/cli";

// Types for the site's GraphQL documents, generated from the committed schema. Never edit the
// output by hand: `npm run codegen` rewrites it and the contract tests fail when it is stale.
const config: CodegenConfig = {
  schema: "packages/schema/schema.graphql",
  documents: ["packages/web/src/**/*.{ts,tsx}", "!packages/web/src/__generated__/**"],
  ignoreNoDocuments: false,
  generates: {
    "packages/web/src/__generated__/": {
      preset: "client",
      presetConfig: { fragmentMasking: { unmaskFunctionName: "getFragmentData" } },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: "string" },
      },
    },
  },
};

export default config;
