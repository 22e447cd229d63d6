import type { EntityManager } from "@mikro-orm/postgresql";
import {
  DOCUMENT_PAGES_INDEX,
  GOOD_PRACTICES_INDEX,
  ORGANIZATIONS_INDEX,
  SERVICES_INDEX,
  TERRITORIAL_UNITS_INDEX,
} from "@obserwatorium/schema";

// Every write of searchable data records what it changed in `search_outbox` inside its own
// transaction: the change and the promise to index it commit (or roll back) together, and the
// drainer (packages/search-indexer/src/outbox) turns the rows into Meilisearch updates.

/** Records that these entities of `index` changed; `tx` must be the writing transaction. */
export async function enqueueSearchChange(
  tx: EntityManager,
  index: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await tx.execute(
    "insert into search_outbox (index_name, entity_id) select ?, jsonb_array_elements_text(?::jsonb)",
    [index, JSON.stringify([...new Set(ids)])],
    "run",
  );
}

/** An organization's document, and those carrying its name: its services and good practices. */
export async function enqueueOrganizationChange(tx: EntityManager, organizationId: string): Promise<void> {
  await enqueueSearchChange(tx, ORGANIZATIONS_INDEX, [organizationId]);
  await tx.execute(
    `insert into search_outbox (index_name, entity_id)
     select ?, id::text from service where provider_organization_id = ?
     union all
     select ?, good_practice_id::text from good_practice_organization where organization_id = ?`,
    [SERVICES_INDEX, organizationId, GOOD_PRACTICES_INDEX, organizationId],
    "run",
  );
}

/** Changed or removed TERYT units, and the documents and practices that print their names. */
export async function enqueueTerritorialUnitChanges(
  tx: EntityManager,
  codes: readonly string[],
): Promise<void> {
  if (codes.length === 0) return;
  const json = JSON.stringify([...new Set(codes)]);
  await enqueueSearchChange(tx, TERRITORIAL_UNITS_INDEX, codes);
  await tx.execute(
    `insert into search_outbox (index_name, entity_id)
     select distinct ?, good_practice_id::text from good_practice_area
     where territorial_unit_code in (select jsonb_array_elements_text(?::jsonb))
     union all
     select ?, id::text from document
     where territorial_unit_code in (select jsonb_array_elements_text(?::jsonb))`,
    [GOOD_PRACTICES_INDEX, json, DOCUMENT_PAGES_INDEX, json],
    "run",
  );
}
