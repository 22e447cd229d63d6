import type { MikroORM } from "@mikro-orm/postgresql";
import { ORGANIZATIONS_INDEX, SERVICES_INDEX } from "@obserwatorium/schema";
import {
  syncOrganizations,
  syncServices,
  syncTerritorialUnits,
  type SearchProvider,
} from "@obserwatorium/search-indexer";
import type { Pool } from "pg";
import { migrate } from "../db/orm";
import { systemClock } from "../modules/common/clock";
import type { Logger } from "../modules/common/logger";
import { loadDemoRegistryIfEmpty } from "../modules/demo/load-demo-registry";
import { loadDemoServicesIfEmpty } from "../modules/demo/load-demo-services";
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
}
