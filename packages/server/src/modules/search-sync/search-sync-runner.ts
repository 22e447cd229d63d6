import { startOutboxDrainer, type OutboxDrainer, type SearchProvider } from "@obserwatorium/search-indexer";
import type { Pool } from "pg";
import type { Clock } from "../common/clock";
import type { Logger } from "../common/logger";

/** The outbox drainer with the hub's logging: inside `npm start`, or alone as `npm run indexer`. */
export function startSearchSync(options: {
  pool: Pool;
  search: SearchProvider;
  clock: Clock;
  logger: Logger;
  intervalMs?: number;
}): OutboxDrainer {
  const { pool, search, clock, logger } = options;
  let lastError: string | undefined;
  return startOutboxDrainer(pool, search, {
    today: () => clock.today(),
    intervalMs: options.intervalMs,
    onReport: (report) => {
      if (report.failed > 0)
        logger.warn("Search changes failed; they stay in the outbox for a retry", { ...report });
      else logger.debug("Search changes indexed", { ...report });
    },
    onError: (error) => {
      // The same failure on every poll (the database is down) is reported once.
      const message = error instanceof Error ? error.message : String(error);
      if (message !== lastError) logger.warn("Draining the search outbox failed", { error: message });
      lastError = message;
    },
  });
}
