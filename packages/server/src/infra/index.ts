export { startEmbeddedPostgres, embeddedPostgresUrl, type RunningPostgres } from "./embedded-postgres";
export { startEmbeddedMeilisearch, stopProcess, type RunningMeilisearch } from "./embedded-meilisearch";
export { loadOrCreateLocalSecrets, type LocalSecrets } from "./secrets";
export { findFreePort, isPortFree, assertPortFree } from "./ports";
