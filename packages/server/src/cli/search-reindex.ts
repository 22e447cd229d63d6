import {
  syncDocumentPages,
  syncGoodPractices,
  syncOrganizations,
  syncServices,
  syncTerritorialUnits,
} from "@obserwatorium/search-indexer";
import { systemClock } from "../modules/common/clock";
import { runWithServices } from "./with-services";

// Rebuilds every search index from PostgreSQL, the source of truth.
await runWithServices("search:reindex", async ({ pool, search, logger }) => {
  const started = performance.now();
  const units = await syncTerritorialUnits(pool, search, { force: true });
  logger.info(`${units.index}: ${units.documents} documents`);
  const organizations = await syncOrganizations(pool, search, { today: systemClock.today() });
  logger.info(`organizations: ${organizations} documents`);
  const services = await syncServices(pool, search, { today: systemClock.today() });
  logger.info(`services: ${services} documents`);
  const goodPractices = await syncGoodPractices(pool, search);
  logger.info(`good-practices: ${goodPractices} documents`);
  const pages = await syncDocumentPages(pool, search);
  logger.info(`document-pages: ${pages} documents`);
  logger.info(`Reindexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
