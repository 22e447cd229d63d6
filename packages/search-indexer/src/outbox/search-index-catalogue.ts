import type { Pool } from "pg";
import { DOCUMENT_PAGE_SOURCE_SQL, type DocumentPageRow } from "../indexes/document-pages/document-page.row";
import { documentPagesIndex } from "../indexes/document-pages/document-pages.settings";
import { syncDocumentPages } from "../indexes/document-pages/sync-document-pages";
import { toDocumentPageDocument } from "../indexes/document-pages/to-document-page-document";
import { GOOD_PRACTICE_SOURCE_SQL, type GoodPracticeRow } from "../indexes/good-practices/good-practice.row";
import { goodPracticesIndex } from "../indexes/good-practices/good-practices.settings";
import { syncGoodPractices } from "../indexes/good-practices/sync-good-practices";
import { toGoodPracticeDocument } from "../indexes/good-practices/to-good-practice-document";
import { ORGANIZATION_SOURCE_SQL, type OrganizationRow } from "../indexes/organizations/organization.row";
import { organizationsIndex } from "../indexes/organizations/organizations.settings";
import { syncOrganizations } from "../indexes/organizations/sync-organizations";
import { toOrganizationDocument } from "../indexes/organizations/to-organization-document";
import { SERVICE_SOURCE_SQL, type ServiceRow } from "../indexes/services/service.row";
import { servicesIndex } from "../indexes/services/services.settings";
import { syncServices } from "../indexes/services/sync-services";
import { toServiceDocument } from "../indexes/services/to-service-document";
import { syncTerritorialUnits } from "../indexes/territorial-units/sync-territorial-units";
import {
  TERRITORIAL_UNIT_SOURCE_SQL,
  type TerritorialUnitRow,
} from "../indexes/territorial-units/territorial-unit.row";
import { territorialUnitsIndex } from "../indexes/territorial-units/territorial-units.settings";
import { toTerritorialUnitDocument } from "../indexes/territorial-units/to-territorial-unit-document";
import type { IndexDefinition, SearchProvider } from "../provider/search-provider";

export type SearchDocument = Record<string, unknown>;

/** What the outbox drainer, the rebuild and the verification need to know about one index. */
export interface SearchIndexEntry {
  definition: IndexDefinition;
  /** Re-indexes the given entities (every one when `ids` is omitted), removing those gone. */
  sync(
    pool: Pool,
    provider: SearchProvider,
    options: { ids?: readonly string[]; today: string },
  ): Promise<number>;
  /** Every document the index should hold, as the mapper builds it from PostgreSQL. */
  expected(pool: Pool, today: string): Promise<SearchDocument[]>;
  /** The outbox entity a document belongs to (a page belongs to its document). */
  entityIdOf(document: SearchDocument): string;
}

async function mapped<TRow>(
  pool: Pool,
  sql: string,
  parameters: unknown[],
  toDocument: (row: TRow) => object,
): Promise<SearchDocument[]> {
  const { rows } = await pool.query(sql, parameters);
  return (rows as TRow[]).map((row) => toDocument(row) as SearchDocument);
}

const byId = (document: SearchDocument) => String(document.id);

export const searchIndexes: readonly SearchIndexEntry[] = [
  {
    definition: territorialUnitsIndex,
    sync: async (pool, provider, { ids }) =>
      (await syncTerritorialUnits(pool, provider, ids ? { ids } : { force: true })).documents,
    expected: (pool) =>
      mapped<TerritorialUnitRow>(pool, TERRITORIAL_UNIT_SOURCE_SQL, [], toTerritorialUnitDocument),
    entityIdOf: (document) => String(document.code),
  },
  {
    definition: organizationsIndex,
    sync: syncOrganizations,
    expected: (pool, today) =>
      mapped<OrganizationRow>(pool, ORGANIZATION_SOURCE_SQL, [null, today], toOrganizationDocument),
    entityIdOf: byId,
  },
  {
    definition: servicesIndex,
    sync: syncServices,
    expected: (pool) => mapped<ServiceRow>(pool, SERVICE_SOURCE_SQL, [null], toServiceDocument),
    entityIdOf: byId,
  },
  {
    definition: goodPracticesIndex,
    sync: (pool, provider, { ids }) => syncGoodPractices(pool, provider, { ids }),
    expected: (pool) =>
      mapped<GoodPracticeRow>(pool, GOOD_PRACTICE_SOURCE_SQL, [null], toGoodPracticeDocument),
    entityIdOf: byId,
  },
  {
    definition: documentPagesIndex,
    sync: (pool, provider, { ids }) => syncDocumentPages(pool, provider, { ids }),
    expected: (pool) =>
      mapped<DocumentPageRow>(pool, DOCUMENT_PAGE_SOURCE_SQL, [null], toDocumentPageDocument),
    entityIdOf: (document) => String(document.documentId),
  },
];

export function searchIndexNamed(name: string): SearchIndexEntry | undefined {
  return searchIndexes.find((entry) => entry.definition.name === name);
}
