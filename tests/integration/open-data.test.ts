import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertIndicatorRow } from "../factories/indicator-rows";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { insertCertificateRow, insertDocumentRow } from "../factories/stewardship-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let origin: string;
let publishedOrganization: string;

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${origin}${path}`, { headers });

/** CSV lines (no quoted line breaks in these fixtures), without the final empty one. */
const linesOf = (text: string) => text.split("\r\n").slice(0, -1);

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  publishedOrganization = await insertOrganizationRow(database.pool, { slug: "spoldzielnia-razem" });
  await database.pool.query(`update organization set name = 'Spółdzielnia "Razem", Łapy' where id = $1`, [
    publishedOrganization,
  ]);
  const draft = await insertOrganizationRow(database.pool, { slug: "szkic", publicationState: "DRAFT" });
  await insertServiceRow(database.pool, {
    slug: "klub-seniora",
    serviceType: "SENIOR_CLUB",
    providerId: publishedOrganization,
    areaCodes: ["2002063"],
  });
  await insertServiceRow(database.pool, {
    slug: "szkic-uslugi",
    serviceType: "SENIOR_CLUB",
    publicationState: "DRAFT",
  });
  await insertCertificateRow(database.pool, {
    organizationId: publishedOrganization,
    number: "ZP/1",
    validTo: "2027-11-30",
  });
  await insertCertificateRow(database.pool, { organizationId: draft, number: "ZP/2", validTo: "2027-11-30" });
  await insertDocumentRow(database.pool, { title: "LPDI Łapy", textStates: ["EXTRACTED"] });
  await insertDocumentRow(database.pool, { title: "Szkic", textStates: [], publicationState: "DRAFT" });
  api = await startTestApi(database);
  origin = new URL(api.url).origin;
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("open-data files", () => {
  it("hold published records only, as CSV with a header row, quoted where needed", async () => {
    const response = await get("/open-data/organizations.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("link")).toBe(
      '<https://creativecommons.org/licenses/by/4.0/>; rel="license"',
    );
    const lines = linesOf(await response.text());
    expect(lines[0]).toMatch(/^id,slug,name,short_name,legal_form,pes_type,nip,/);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',spoldzielnia-razem,"Spółdzielnia ""Razem"", Łapy",');
    expect(lines[1]!.split(",")[0]).toBe(
      Buffer.from(`Organization:${publishedOrganization}`).toString("base64url"),
    );

    for (const [file, published] of [
      ["services.csv", "klub-seniora"],
      ["certificates.csv", "ZP/1"],
      ["documents.csv", "LPDI Łapy"],
    ] as const) {
      const text = await (await get(`/open-data/${file}`)).text();
      expect(linesOf(text), file).toHaveLength(2);
      expect(text, file).toContain(published);
    }
  });

  it("come as JSON with the licence, the columns and one record per row", async () => {
    const response = await get("/open-data/services.json");
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as Record<string, unknown> & { records: Record<string, unknown>[] };
    expect(body).toMatchObject({ dataset: "services", licence: "CC BY 4.0" });
    expect(body.records).toHaveLength(1);
    expect(body.records[0]).toMatchObject({
      slug: "klub-seniora",
      area_teryt: "2002063",
      provider_id: Buffer.from(`Organization:${publishedOrganization}`).toString("base64url"),
    });
  });

  it("answer 304 to a client whose copy is current, and a new ETag after a change", async () => {
    const first = await get("/open-data/organizations.csv");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^W\/"organizations-csv-v1-1-\d+"$/);
    expect((await get("/open-data/organizations.csv", { "if-none-match": etag })).status).toBe(304);
    expect((await get("/open-data/organizations.csv", { "if-modified-since": lastModified })).status).toBe(
      304,
    );

    await database.pool.query(
      "update organization set name = 'Spółdzielnia Razem', updated_at = now() where id = $1",
      [publishedOrganization],
    );
    const changed = await get("/open-data/organizations.csv", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
  });

  it("refuse unknown files and formats a set does not have", async () => {
    expect((await get("/open-data/users.csv")).status).toBe(404);
    expect((await get("/open-data/indicators.json")).status).toBe(404);
    expect((await get("/open-data/organizations.xml")).status).toBe(404);
  });

  it("are described for harvesting as DCAT-AP and in the index", async () => {
    const catalog = (await (await get("/open-data/catalog.jsonld")).json()) as {
      "@type": string;
      "dcat:dataset": {
        "dct:identifier": string;
        "dcat:distribution": { "@id": string; "dcat:mediaType": string }[];
      }[];
    };
    expect(catalog["@type"]).toBe("dcat:Catalog");
    expect(catalog["dcat:dataset"].map((dataset) => dataset["dct:identifier"])).toEqual([
      "organizations",
      "services",
      "certificates",
      "documents",
      "indicators",
    ]);
    // Two files per set but indicators (CSV only), and the services as the HSDS API.
    expect(catalog["dcat:dataset"].flatMap((dataset) => dataset["dcat:distribution"])).toHaveLength(10);
    expect(catalog["dcat:dataset"][1]!["dcat:distribution"].map((entry) => entry["@id"])).toEqual([
      `${origin}/open-data/services.csv`,
      `${origin}/open-data/services.json`,
      `${origin}/hsds/services`,
    ]);
    const index = (await (await get("/open-data")).json()) as { datasets: { columns: unknown[] }[] };
    expect(index.datasets.every((dataset) => dataset.columns.length > 5)).toBe(true);
  });
});

describe("a 100 000-row export", () => {
  it("streams in batches with flat memory", async () => {
    await insertIndicatorRow(database.pool, { code: "OTWARTE_DANE" });
    // ~0.5 kB per row: 55 MB of CSV, far more than the memory the export may take.
    await database.pool.query(
      `insert into indicator_value (indicator_code, territorial_unit_code, year, value, source)
       select 'OTWARTE_DANE', code, year, year, repeat('x', 500)
       from (select code from territorial_unit order by code) units, generate_series(1990, 2100) year
       limit 100000`,
    );
    const response = await get("/open-data/indicators.csv");
    expect(response.headers.get("content-length")).toBeNull();
    const collect = (globalThis as { gc?: () => void }).gc;
    if (!collect) throw new Error("run with --expose-gc (vitest.config.ts sets it for integration tests)");
    /** What the process holds now, garbage collected first: a buffered file would stay here. */
    const retained = () => {
      collect();
      return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    };
    const baseline = retained();
    let peak = 0;
    let chunks = 0;
    let bytes = 0;
    let lines = 0;
    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = read.value;
      bytes += chunk.byteLength;
      lines += (decoder.decode(chunk, { stream: true }).match(/\n/g) ?? []).length;
      if (++chunks % 100 === 0) peak = Math.max(peak, retained() - baseline);
    }
    expect(lines).toBe(100_001);
    expect(bytes).toBeGreaterThan(50_000_000);
    // Held whole, the file would take its size at least; streamed, a few batches at a time.
    console.info(`open-data export: ${bytes} bytes, peak heap growth ${peak} bytes`);
    expect(chunks).toBeGreaterThan(200);
    expect(peak).toBeLessThan(bytes / 3);
  });
});
