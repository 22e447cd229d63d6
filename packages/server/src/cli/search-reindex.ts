import { rebuildIndex, searchIndexes } from "@obserwatorium/search-indexer";
import { systemClock } from "../modules/common/clock";
import { runWithServices } from "./with-services";

// Rebuilds every search index from PostgreSQL, the source of truth, into a fresh index that is
// swapped in atomically: search keeps answering from the old one meanwhile.
await runWithServices("search:reindex", async ({ pool, search, logger }) => {
  const started = performance.now();
  let total = 0;
  for (const entry of searchIndexes) {
    const indexStarted = performance.now();
    const documents = await rebuildIndex(pool, search, entry, { today: systemClock.today() });
    total += documents;
    logger.info(
      `${entry.definition.name}: ${documents} documents (${((performance.now() - indexStarted) / 1000).toFixed(1)} s)`,
    );
  }
  const seconds = (performance.now() - started) / 1000;
  logger.info(
    `Reindexed ${total} documents in ${searchIndexes.length} indexes in ${seconds.toFixed(1)} s ` +
      `(${Math.round(total / seconds)} documents/s)`,
  );
});
