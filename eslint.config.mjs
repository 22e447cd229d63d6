import js from "@eslint/js";
import jsxA11y from "eslint-plugin-jsx-a11y";
import globals from "globals";
import tseslint from "typescript-eslint";

const reachingIntoPackages = {
  group: ["@obserwatorium/*/src/*", "**/packages/*/src/*"],
  message: "Use the package's public entry point (its package.json exports), not its internals.",
};

export default tseslint.config(
  {
    ignores: ["**/node_modules/**", "**/.next/**", "**/__generated__/**", ".data/**", "**/next-env.d.ts"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": ["error", { patterns: [reachingIntoPackages] }],
    },
  },
  {
    files: ["packages/schema/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            reachingIntoPackages,
            {
              group: [
                "type-graphql",
                "@mikro-orm/*",
                "express",
                "@apollo/*",
                "next",
                "next/*",
                "react",
                "meilisearch",
                "pg",
              ],
              message: "packages/schema is the framework-free contract.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["packages/web/**/*.{ts,tsx}"],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: {
      ...jsxA11y.flatConfigs.recommended.languageOptions,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            reachingIntoPackages,
            {
              group: ["@obserwatorium/server", "@obserwatorium/search-indexer"],
              message: "The site talks to the API over GraphQL only.",
            },
          ],
        },
      ],
    },
  },
);
