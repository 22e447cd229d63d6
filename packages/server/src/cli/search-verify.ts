import { parseArgs } from "node:util";
import { drainSearchOutbox, searchIndexes } from "@obserwatorium/search-indexer";
import { systemClock } from "../modules/common/clock";
import { verifySearchIndexes } from "../modules/search-sync/verify-search";
import { runWithServices } from "./with-services";

// Compares PostgreSQL and Meilisearch index by index; `--fix` records the drift in the search
// outbox and drains it. Exits with 2 when drift remains.
const { values } = parseArgs({ options: { fix: { type: "boolean", default: false } } });

await runWithServices("search:verify", async ({ pool, search, logger }) => {
  const today = systemClock.today();
  const report = await verifySearchIndexes(pool, search, { today, fix: values.fix });
  for (const line of report.lines) logger.info(line);
  if (values.fix && report.drifted > 0) {
    for (;;) {
      const drained = await drainSearchOutbox(pool, search, { today });
      if (drained.failed > 0) throw new Error("Repairing failed; the changes stay in the search outbox");
      if (drained.claimed === 0) break;
    }
    const after = await verifySearchIndexes(pool, search, { today, fix: false });
    for (const line of after.lines) logger.info(`after --fix: ${line}`);
    if (after.drifted > 0) process.exitCode = 2;
  } else if (report.drifted > 0) {
    logger.warn(`${report.drifted} of ${searchIndexes.length} indexes drifted; run with --fix to repair`);
    process.exitCode = 2;
  }
});
