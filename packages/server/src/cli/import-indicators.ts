import { resolve } from "node:path";
import { migrate } from "../db/orm";
import { importIndicatorValuesFile } from "../modules/indicator/import/import-indicator-values";
import { runWithServices } from "./with-services";

// npm runs workspace scripts in the package folder; paths are meant relative to where the user is.
const file = process.argv[2];
if (!file) {
  process.stderr.write(
    "Usage: npm run import:indicators -- <CSV file of indicator values; format: docs/INDICATOR-CSV.md>\n",
  );
  process.exit(64);
}
const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);

await runWithServices("import:indicators", async ({ orm, logger }) => {
  await migrate(orm);
  const report = await importIndicatorValuesFile(orm.em.fork(), path);
  logger.info(
    `Indicator import done: ${report.rows} values in the file (${report.indicatorCodes.join(", ")}), ` +
      `${report.inserted} added, ${report.updated} changed, ${report.unchanged} unchanged`,
  );
});
