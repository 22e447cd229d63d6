import { parseArgs } from "node:util";
import { migrate } from "../db/orm";
import {
  DEFAULT_DEMO_ORGANIZATION_COUNT,
  DEFAULT_DEMO_SEED,
  PODLASKIE_ONLY_MAX_COUNT,
  replaceDemoRegistry,
} from "../modules/demo/load-demo-registry";
import { TerritorialUnitEntity } from "../modules/territory/territorial-unit.entity";
import { importTerytFile } from "../modules/territory/teryt-import/import-teryt";
import { runWithServices } from "./with-services";
import { syncOrganizations } from "@obserwatorium/search-indexer";
import { systemClock } from "../modules/common/clock";
import { FileStorage } from "../modules/document/files/file-storage";
import { seedNationalDataSet } from "./seed-national";

const USAGE =
  "Usage: npm run seed -- [--scale N|national] [--seed S]   (N demo organizations, default 300;\n" +
  "       national: ~30 000 organizations, ~100 000 services in all 2477 gminy, documents, practices, indicators)\n";
const MAX_SCALE = 1_000_000;

function positiveInteger(name: string, value: string | undefined, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(parsed) || parsed < 1 || parsed > max) {
    process.stderr.write(`--${name} must be a whole number from 1 to ${max} (got "${value}")\n${USAGE}`);
    process.exit(64);
  }
  return parsed;
}

let args: { scale?: string; seed?: string };
try {
  args = parseArgs({
    options: { scale: { type: "string" }, seed: { type: "string" } },
    strict: true,
  }).values;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  process.exit(64);
}
const national = args.scale === "national";
const organizationCount = national
  ? 0
  : positiveInteger("scale", args.scale, DEFAULT_DEMO_ORGANIZATION_COUNT, MAX_SCALE);
const seed = positiveInteger("seed", args.seed, DEFAULT_DEMO_SEED, 0xffffffff);

// Replaces the demo part of the registry in PostgreSQL only; Meilisearch is not touched, so a search
// index of organizations is brought up to date by reindexing after this command.
await runWithServices("seed", async ({ orm, pool, search, logger, config }) => {
  const started = performance.now();
  const applied = await migrate(orm);
  if (applied.length > 0) logger.info(`Applied migrations: ${applied.join(", ")}`);

  const em = orm.em.fork();
  if ((await em.count(TerritorialUnitEntity)) === 0) {
    const report = await importTerytFile(em, config.terytFile);
    logger.info(`Imported the TERYT register: ${report.units} units`, { file: config.terytFile });
  }
  if (national) {
    const storage = new FileStorage({ directory: config.filesDir, maxBytes: config.maxUploadBytes });
    await seedNationalDataSet({ em, pool, search, logger, storage, seed });
    return;
  }

  const area =
    organizationCount > PODLASKIE_ONLY_MAX_COUNT ? "all gminy of Poland" : "the gminy of podlaskie";
  logger.info(`Generating ${organizationCount} demo organizations (seed ${seed}) in ${area}`);
  const { deletedOrganizations, counts } = await replaceDemoRegistry(em, { organizationCount, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(
    `Demo registry loaded in ${seconds} s: ${counts.organizations} organizations, ` +
      `${counts.organizationAreas} service areas, ${counts.offerings} offerings, ` +
      `${counts.socialEnterpriseDecisions} PS decisions, ${counts.certificates} certificates, ` +
      `${counts.certifiedOfferings} certified offerings` +
      (deletedOrganizations > 0 ? ` (replaced ${deletedOrganizations} demo organizations)` : ""),
  );
  const indexed = await syncOrganizations(pool, search, { today: systemClock.today() });
  logger.info(`Search index organizations: ${indexed} documents`);
});
