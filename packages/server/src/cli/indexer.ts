import { systemClock } from "../modules/common/clock";
import { startSearchSync } from "../modules/search-sync/search-sync-runner";
import { runWithServices } from "./with-services";

// The search outbox drainer as its own process (production): runs until SIGINT/SIGTERM/SIGHUP.
await runWithServices("indexer", async ({ pool, search, logger }) => {
  const drainer = startSearchSync({ pool, search, clock: systemClock, logger });
  logger.info("Draining the search outbox; Ctrl-C stops");
  const signal = await new Promise<string>((resolveSignal) => {
    for (const name of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
      process.once(name, () => resolveSignal(name));
  });
  logger.info(`${signal} received, finishing the current batch`);
  await drainer.stop();
});
