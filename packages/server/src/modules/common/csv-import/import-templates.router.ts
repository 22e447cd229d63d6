import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import express, { type Router } from "express";
import { SERVER_ROOT } from "../../../config/paths";

/** The import templates the API publishes; nothing else in the folder is served. */
export const IMPORT_TEMPLATES = ["organizations-import.csv", "services-import.csv"] as const;
export const TEMPLATES_DIR = resolve(SERVER_ROOT, "data", "templates");

/**
 * `GET /files/templates/<name>.csv`: the header and an example line of each CSV import, public
 * and read-only. Served with a byte-order mark so that spreadsheets open it as UTF-8.
 */
export function importTemplatesRouter(): Router {
  const router = express.Router();
  router.get("/files/templates/:name", async (req, res) => {
    const name = req.params.name;
    if (!(IMPORT_TEMPLATES as readonly string[]).includes(name)) {
      res.status(404).json({ error: { code: "NOT_FOUND", message: "No such template" } });
      return;
    }
    const text = await readFile(resolve(TEMPLATES_DIR, name), "utf8");
    res.set({
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "public, max-age=3600",
      "X-Content-Type-Options": "nosniff",
    });
    res.send(`\uFEFF${text}`);
  });
  return router;
}
