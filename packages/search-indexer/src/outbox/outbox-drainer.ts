import type { Pool } from "pg";
import type { SearchProvider } from "../provider/search-provider";
import { drainSearchOutbox, pruneSearchOutbox, type DrainReport } from "./drain-outbox";

export interface OutboxDrainer {
  /** Drains everything due now, after any pass already running; resolves when the outbox is idle. */
  drainNow(): Promise<void>;
  /** Finishes the pass in progress and stops polling. */
  stop(): Promise<void>;
}

export interface OutboxDrainerOptions {
  today: () => string;
  /** Pause between polls when the outbox is empty. */
  intervalMs?: number;
  batchSize?: number;
  onReport?: (report: DrainReport) => void;
  onError?: (error: unknown) => void;
}

const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Keeps Meilisearch in step with the outbox: polls every `intervalMs` and drains until nothing is
 * due. Passes run one at a time, so `drainNow` never races the poller of the same process.
 */
export function startOutboxDrainer(
  pool: Pool,
  provider: SearchProvider,
  { today, intervalMs = 500, batchSize = 500, onReport, onError }: OutboxDrainerOptions,
): OutboxDrainer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let lastPrune = 0;
  let chain: Promise<void> = Promise.resolve();

  const pass = async () => {
    try {
      for (;;) {
        const report = await drainSearchOutbox(pool, provider, { today: today(), batchSize });
        if (report.claimed > 0) onReport?.(report);
        // A failed batch waits for its backoff; a full one means more may be due.
        if (report.claimed < batchSize || report.failed > 0 || stopped) break;
      }
      if (Date.now() - lastPrune > PRUNE_EVERY_MS) {
        lastPrune = Date.now();
        await pruneSearchOutbox(pool);
      }
    } catch (error) {
      onError?.(error);
    }
  };
  const enqueuePass = () => (chain = chain.then(pass));
  const poll = () => {
    timer = undefined;
    if (stopped) return;
    void enqueuePass().then(() => {
      if (!stopped) timer = setTimeout(poll, intervalMs);
    });
  };
  poll();

  return {
    drainNow: () => enqueuePass(),
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await chain;
    },
  };
}
