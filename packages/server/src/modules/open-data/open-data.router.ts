import { once } from "node:events";
import express, { type Response, type Router } from "express";
import type { Pool } from "pg";
import type { ApiDependencies } from "../../app/context";
import { dcatCatalog } from "./dcat-catalog";
import { answeredFromClientCopy, baseUrlOf } from "./http-caching";
import { datasetNamed, OPEN_DATASETS, type OpenDataset } from "./open-data-datasets";
import { csvLine, jsonRecord } from "./open-data-formats";
import { OPEN_DATA_LICENCE } from "./open-data-licence";
import { readDataset } from "./read-dataset";

type Format = "csv" | "json";

const CONTENT_TYPES: Record<Format, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  json: "application/json; charset=utf-8",
};

/** Bump when the columns of a file change: cached copies must not be taken for the new layout. */
const LAYOUT_VERSION = 1;

interface Freshness {
  count: number;
  changed: Date | null;
}

async function freshnessOf(pool: Pool, dataset: OpenDataset): Promise<Freshness> {
  const { rows } = await pool.query<{ count: string; changed: Date | null }>(dataset.freshness);
  return { count: Number(rows[0]!.count), changed: rows[0]!.changed };
}

async function write(res: Response, chunk: string) {
  if (!res.write(chunk)) await once(res, "drain");
}

/** Streams the set batch by batch, waiting for the client when it reads slower than the database. */
async function streamDataset(
  pool: Pool,
  res: Response,
  dataset: OpenDataset,
  format: Format,
  changed: Date | null,
) {
  const names = dataset.columns.map((column) => column.name);
  let aborted = false;
  res.on("close", () => {
    aborted = !res.writableFinished;
  });
  if (format === "csv") await write(res, csvLine(names));
  else {
    const header = {
      dataset: dataset.name,
      title: dataset.title,
      licence: OPEN_DATA_LICENCE.name,
      licenceUrl: OPEN_DATA_LICENCE.url,
      attribution: OPEN_DATA_LICENCE.attribution,
      modified: changed?.toISOString() ?? null,
      columns: dataset.columns,
    };
    await write(res, `${JSON.stringify(header).slice(0, -1)},"records":[`);
  }
  let first = true;
  for await (const batch of readDataset(pool, dataset)) {
    if (aborted) break;
    let chunk = "";
    for (const values of batch) {
      if (format === "csv") chunk += csvLine(values);
      else {
        chunk += `${first ? "" : ","}\n${jsonRecord(names, values)}`;
        first = false;
      }
    }
    await write(res, chunk);
  }
  if (format === "json" && !aborted) await write(res, "\n]}\n");
  res.end();
}

/**
 * Open data for bulk harvesting: GET /open-data (the sets, their columns and licence),
 * /open-data/catalog.jsonld (DCAT-AP) and /open-data/{set}.{csv|json}, streamed with ETag and
 * Last-Modified so that a harvester downloads a set again only when it changed.
 */
export function openDataRouter({ pool }: Pick<ApiDependencies, "pool">): Router {
  const router = express.Router();

  router.get("/open-data", (req, res) => {
    const base = baseUrlOf(req);
    res.set("Cache-Control", "public, max-age=300").json({
      licence: OPEN_DATA_LICENCE,
      catalog: `${base}/open-data/catalog.jsonld`,
      datasets: OPEN_DATASETS.map((dataset) => ({
        name: dataset.name,
        title: dataset.title,
        description: dataset.description,
        files: dataset.formats.map((format) => `${base}/open-data/${dataset.name}.${format}`),
        columns: dataset.columns,
      })),
    });
  });

  router.get("/open-data/catalog.jsonld", async (req, res, next) => {
    try {
      const datasets = await Promise.all(
        OPEN_DATASETS.map(async (dataset) => ({
          dataset,
          modified: (await freshnessOf(pool, dataset)).changed,
        })),
      );
      res
        .set({ "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=300" })
        .send(JSON.stringify(dcatCatalog(baseUrlOf(req), datasets), null, 2));
    } catch (error) {
      next(error);
    }
  });

  router.get("/open-data/:file", async (req, res, next) => {
    const match = /^([a-z]+)\.(csv|json)$/.exec(String(req.params.file));
    const dataset = match ? datasetNamed(match[1]!) : null;
    const format = match?.[2] as Format | undefined;
    if (!dataset || !format || !dataset.formats.includes(format)) {
      res.status(404).type("text/plain; charset=utf-8").send("No such open-data file; see /open-data");
      return;
    }
    try {
      const { count, changed } = await freshnessOf(pool, dataset);
      const etag = `W/"${dataset.name}-${format}-v${LAYOUT_VERSION}-${count}-${changed?.getTime() ?? 0}"`;
      if (answeredFromClientCopy(req, res, etag, changed)) return;
      res.set({
        "Content-Type": CONTENT_TYPES[format],
        "Content-Disposition": `attachment; filename="${dataset.name}.${format}"`,
        "X-Content-Type-Options": "nosniff",
      });
      await streamDataset(pool, res, dataset, format, changed);
    } catch (error) {
      // Once the file has started, the only honest signal left is an unfinished download.
      if (res.headersSent) res.destroy(error instanceof Error ? error : undefined);
      else next(error);
    }
  });

  return router;
}
