import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../config/config";
import { createLogger } from "../modules/common/logger";
import { startBackingServices } from "./backing-services";

describe("startBackingServices with external services", () => {
  it("starts nothing embedded and writes nothing when DATABASE_URL and MEILI_URL are set", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "external-")), "data");
    const config = loadConfig({
      DATA_DIR: dataDir,
      DATABASE_URL: "postgres://hub:secret@db.example.internal:5432/obserwatorium",
      MEILI_URL: "https://search.example.internal",
      MEILI_MASTER_KEY: "0123456789abcdef0123",
    });
    const services = await startBackingServices(config, createLogger("error"));
    expect(services).toMatchObject({
      databaseUrl: "postgres://hub:secret@db.example.internal:5432/obserwatorium",
      meiliUrl: "https://search.example.internal",
      meiliApiKey: "0123456789abcdef0123",
    });
    expect(existsSync(dataDir)).toBe(false);
    await services.stop();
  });
});
