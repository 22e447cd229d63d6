import { resolve } from "node:path";
import { syncTerritorialUnits } from "@obserwatorium/search-indexer";
import { migrate } from "../db/orm";
import { importTerytFile } from "../modules/territory/teryt-import/import-teryt";
import { runWithServices } from "./with-services";

// npm runs workspace scripts in the package folder; paths are meant relative to where the user is.
const file = process.argv[2];
if (!file) {
  process.stderr.write("Usage: npm run import:teryt -- <TERC file, e.g. TERC_Urzedowy_2025-01-01.csv>\n");
  process.exit(64);
}
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);

await runWithServices("import:teryt", async ({ orm, pool, search, logger }) => {
  await migrate(orm);
  const report = await importTerytFile(orm.em.fork(), path);
  logger.info(
    `TERYT import done: ${report.units} units in the file, ${report.inserted} added, ` +
      `${report.updated} changed, ${report.removed} removed`,
  );
  const sync = await syncTerritorialUnits(pool, search, {
    force: report.inserted + report.updated + report.removed > 0,
  });
  logger.info(`Search index ${sync.index}: ${sync.documents} documents${sync.skipped ? " (unchanged)" : ""}`);
});
