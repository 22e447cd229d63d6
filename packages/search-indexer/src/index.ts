export type * from "./provider/search-provider";
export { MeilisearchProvider, type MeilisearchConnection } from "./provider/meilisearch-provider";
export { buildMeilisearchFilter } from "./provider/meilisearch-filter";
export { createSourcePool } from "./source-pool";
export { territorialUnitsIndex } from "./indexes/territorial-units/territorial-units.settings";
export { syncTerritorialUnits, type SyncReport } from "./indexes/territorial-units/sync-territorial-units";
export { organizationsIndex } from "./indexes/organizations/organizations.settings";
export { syncOrganizations } from "./indexes/organizations/sync-organizations";
export { servicesIndex } from "./indexes/services/services.settings";
export { syncServices } from "./indexes/services/sync-services";
export { documentPagesIndex } from "./indexes/document-pages/document-pages.settings";
export { syncDocumentPages } from "./indexes/document-pages/sync-document-pages";
export { goodPracticesIndex } from "./indexes/good-practices/good-practices.settings";
export { syncGoodPractices } from "./indexes/good-practices/sync-good-practices";
export { searchIndexes, searchIndexNamed, type SearchIndexEntry } from "./outbox/search-index-catalogue";
export {
  drainSearchOutbox,
  pruneSearchOutbox,
  enqueueSearchRepairs,
  retryDelayMs,
  type DrainReport,
} from "./outbox/drain-outbox";
export { startOutboxDrainer, type OutboxDrainer } from "./outbox/outbox-drainer";
export { rebuildIndex } from "./maintenance/rebuild-index";
export { rebuildIndexesWithChangedSettings, settingsHash } from "./maintenance/index-settings-state";
export { verifyIndex, enqueueDriftRepairs, hasDrift, type IndexDrift } from "./maintenance/verify-index";
