import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  FileStorage,
  importTerytFile,
  loadDemoDocumentsIfEmpty,
  type RunningApi,
} from "@obserwatorium/server";
import { syncDocumentPages } from "@obserwatorium/search-indexer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import {
  createTestDatabase,
  graphqlRequest,
  startTestApi,
  testFileStorage,
  type TestDatabase,
} from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
const files = testFileStorage();

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const loaded = await loadDemoDocumentsIfEmpty(database.orm.em.fork(), new FileStorage(files));
  expect(loaded!.documents).toBeGreaterThan(140);
  expect(await loadDemoDocumentsIfEmpty(database.orm.em.fork(), new FileStorage(files))).toBeNull();
  await syncDocumentPages(database.pool, database.search);
  api = await startTestApi(database, { today: () => "2026-11-22" });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("demo documents", () => {
  it("keep a real PDF per document, stored under its SHA-256", async () => {
    const { rows } = await database.pool.query<{ sha256: string; storage_key: string; byte_size: string }>(
      "select sha256, storage_key, byte_size from document_file",
    );
    expect(rows.length).toBeGreaterThan(140);
    for (const row of rows.slice(0, 10)) {
      const bytes = readFileSync(join(files.directory, row.storage_key));
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(row.sha256);
      expect(bytes.length).toBe(Number(row.byte_size));
    }
  });

  it("give the region an LPDI coverage below the 50 % target, and are searchable to the page", async () => {
    const coverage = await graphqlRequest<{ lpdiCoverage: { jstCount: number; adoptedShare: number } }>(
      api,
      `{ lpdiCoverage(areaCode: "20") { jstCount adoptedShare } }`,
    );
    // 14 powiaty and 118 gminy (the 3 cities with powiat rights count once, as their gmina).
    expect(coverage.data!.lpdiCoverage.jstCount).toBe(132);
    expect(coverage.data!.lpdiCoverage.adoptedShare).toBeGreaterThan(0.15);
    expect(coverage.data!.lpdiCoverage.adoptedShare).toBeLessThan(0.5);

    const search = await graphqlRequest<{
      documents: {
        totalCount: number;
        edges: { node: { kind: string; textMatches: { pageNumber: number }[] } }[];
      };
    }>(
      api,
      `{ documents(filter: { text: "opiekunow nieformalnych", kinds: [LPDI] }, first: 20) {
      totalCount edges { node { kind textMatches { pageNumber } } } } }`,
    );
    expect(search.data!.documents.totalCount).toBeGreaterThan(10);
    expect(search.data!.documents.edges[0]!.node.textMatches[0]!.pageNumber).toBe(3);
  });
});
