import type { MikroORM } from "@mikro-orm/postgresql";
import {
  DOCUMENT_PAGES_INDEX,
  GOOD_PRACTICES_INDEX,
  ORGANIZATIONS_INDEX,
  SERVICES_INDEX,
} from "@obserwatorium/schema";
import {
  rebuildIndexesWithChangedSettings,
  syncDocumentPages,
  syncGoodPractices,
  syncOrganizations,
  syncServices,
  syncTerritorialUnits,
  type SearchProvider,
} from "@obserwatorium/search-indexer";
import type { Pool } from "pg";
import { migrate } from "../db/orm";
import { systemClock } from "../modules/common/clock";
import type { Logger } from "../modules/common/logger";
import { DocumentPageEntity } from "../modules/document/files/document-file.entity";
import { FileStorage, type FileStorageOptions } from "../modules/document/files/file-storage";
import { loadDemoDocumentsIfEmpty } from "../modules/demo/load-demo-documents";
import { loadDemoEventsIfEmpty } from "../modules/demo/load-demo-events";
import { loadDemoGoodPracticesIfEmpty } from "../modules/demo/load-demo-good-practices";
import { loadDemoRegistryIfEmpty } from "../modules/demo/load-demo-registry";
import { loadDemoIndicatorsIfEmpty } from "../modules/demo/load-demo-indicators";
import { loadDemoServicesIfEmpty } from "../modules/demo/load-demo-services";
import { GoodPracticeEntity } from "../modules/good-practice/good-practice.entity";
import { OrganizationEntity } from "../modules/organization/organization.entity";
import { ServiceEntity } from "../modules/service/service.entity";
import { TerritorialUnitEntity } from "../modules/territory/territorial-unit.entity";
import { importTerytFile } from "../modules/territory/teryt-import/import-teryt";

/**
 * Migrations, reference data and demo data on an empty database, and search indexes in line with
 * PostgreSQL.
 */
export async function prepareData(options: {
  orm: MikroORM;
  pool: Pool;
  search: SearchProvider;
  terytFile: string;
  logger: Logger;
  files: FileStorageOptions;
}): Promise<void> {
  const { orm, pool, search, terytFile, logger } = options;
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(", ")}`);

  const em = orm.em.fork();
  if ((await em.count(TerritorialUnitEntity)) === 0) {
    const report = await importTerytFile(em, terytFile);
    logger.info(`Imported the TERYT register: ${report.units} units`, { file: terytFile });
  }

  const demo = await loadDemoRegistryIfEmpty(orm.em.fork(), { today: systemClock.today() });
  if (demo)
    logger.info(`Loaded demo data: ${demo.organizations} organizations, ${demo.certificates} certificates`);
  const demoServices = await loadDemoServicesIfEmpty(orm.em.fork(), { today: systemClock.today() });
  if (demoServices)
    logger.info(
      `Loaded demo services: ${demoServices.services} services of ${demoServices.organizations} new providers`,
    );
  // After the services: practices are carried out by the OPS and PCPR the catalogue adds.
  const demoPractices = await loadDemoGoodPracticesIfEmpty(orm.em.fork(), { today: systemClock.today() });
  if (demoPractices) logger.info(`Loaded demo good practices: ${demoPractices.goodPractices}`);
  // After the registry: demo events are organized by its demo OPS and PCPR.
  const demoEvents = await loadDemoEventsIfEmpty(orm.em.fork(), { today: systemClock.today() });
  if (demoEvents)
    logger.info(`Loaded demo events: ${demoEvents.events} events, ${demoEvents.registrations} registrations`);
  const demoIndicators = await loadDemoIndicatorsIfEmpty(orm.em.fork());
  if (demoIndicators)
    logger.info(
      `Loaded demo indicators: ${demoIndicators.indicators} indicators, ${demoIndicators.values} values`,
    );

  const demoDocuments = await loadDemoDocumentsIfEmpty(orm.em.fork(), new FileStorage(options.files));
  if (demoDocuments)
    logger.info(`Loaded demo documents: ${demoDocuments.documents} documents, ${demoDocuments.pages} pages`);

  const sync = await syncTerritorialUnits(pool, search);
  logger.info(
    sync.skipped
      ? `Search index ${sync.index} is up to date (${sync.documents} documents)`
      : `Indexed ${sync.documents} documents into ${sync.index}`,
  );
  const organizationCount = await orm.em.fork().count(OrganizationEntity);
  if (demo || demoServices || (await search.countDocuments(ORGANIZATIONS_INDEX)) !== organizationCount) {
    const indexed = await syncOrganizations(pool, search, { today: systemClock.today() });
    logger.info(`Indexed ${indexed} documents into ${ORGANIZATIONS_INDEX}`);
  }
  const serviceCount = await orm.em.fork().count(ServiceEntity);
  if (demoServices || (await search.countDocuments(SERVICES_INDEX)) !== serviceCount) {
    const indexed = await syncServices(pool, search, { today: systemClock.today() });
    logger.info(`Indexed ${indexed} documents into ${SERVICES_INDEX}`);
  }
  const practiceCount = await orm.em.fork().count(GoodPracticeEntity);
  if (demoPractices || (await search.countDocuments(GOOD_PRACTICES_INDEX)) !== practiceCount) {
    const indexed = await syncGoodPractices(pool, search);
    logger.info(`Indexed ${indexed} documents into ${GOOD_PRACTICES_INDEX}`);
  }
  const pageCount = await orm.em.fork().count(DocumentPageEntity);
  if (demoDocuments || (await search.countDocuments(DOCUMENT_PAGES_INDEX)) !== pageCount) {
    const indexed = await syncDocumentPages(pool, search);
    logger.info(`Indexed ${indexed} pages into ${DOCUMENT_PAGES_INDEX}`);
  }
  await rebuildIndexesWithChangedSettings(pool, search, {
    today: systemClock.today(),
    onRebuilt: (index, documents) =>
      logger.info(`Settings of ${index} changed: rebuilt it with ${documents} documents`),
  });
}
