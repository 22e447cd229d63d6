import { mkdirSync, mkdtempSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger } from "../modules/common/logger";
import { letOthersTraverse } from "./traversable";

describe.runIf(process.getuid?.() === 0)("letOthersTraverse (as root)", () => {
  it("adds only the search bit for others to private folders on the way", async () => {
    const root = mkdtempSync(join(tmpdir(), "private-")); // 0700, like a home or mktemp folder
    const inner = join(root, "clone", "node_modules");
    mkdirSync(inner, { recursive: true, mode: 0o700 });
    await letOthersTraverse(inner, createLogger("error"));
    expect(statSync(root).mode & 0o777).toBe(0o701);
    expect(statSync(inner).mode & 0o777).toBe(0o701);
  });
});
