import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

// `next build` and `next start` run in packages/web (the hub and `npm run … -w` both do); a server
// started from the repository root still finds the files. Read at run time from the checkout, not
// traced into the build (turbopackIgnore), as the hub always runs from the repository.
const WEB_ROOTS = [
  path.join(/* turbopackIgnore: true */ process.cwd()),
  path.join(/* turbopackIgnore: true */ process.cwd(), "packages", "web"),
];

/** A text file of the repository, named relative to packages/web, read once per process. */
const cache = new Map<string, string>();
export function readWebFile(relativePath: string): string {
  const cached = cache.get(relativePath);
  if (cached !== undefined) return cached;
  const found = WEB_ROOTS.map((root) => path.join(root, relativePath)).find((file) => existsSync(file));
  if (!found) throw new Error(`${relativePath} not found from ${process.cwd()}`);
  const text = readFileSync(found, "utf8");
  cache.set(relativePath, text);
  return text;
}
