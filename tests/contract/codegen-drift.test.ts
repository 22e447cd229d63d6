import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { expect, it } from "vitest";
import config from "../../codegen";
import { REPO_ROOT } from "../support/paths";

it("the site's generated GraphQL types are up to date (run `npm run codegen`)", async () => {
  const previousDirectory = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    const outputs = await generate({ ...config, silent: true }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(join(REPO_ROOT, output.filename), "utf8");
      expect(committed, output.filename).toBe(output.content);
    }
  } finally {
    process.chdir(previousDirectory);
  }
});
