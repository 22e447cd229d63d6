export type * from "./provider/search-provider";
export { MeilisearchProvider, type MeilisearchConnection } from "./provider/meilisearch-provider";
export { buildMeilisearchFilter } from "./provider/meilisearch-filter";
export { createSourcePool } from "./source-pool";
export { territorialUnitsIndex } from "./indexes/territorial-units/territorial-units.settings";
export { syncTerritorialUnits, type SyncReport } from "./indexes/territorial-units/sync-territorial-units";
export { organizationsIndex } from "./indexes/organizations/organizations.settings";
export { syncOrganizations } from "./indexes/organizations/sync-organizations";
