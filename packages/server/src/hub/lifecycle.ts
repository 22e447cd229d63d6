import type { Logger } from "../modules/common/logger";

/**
 * Cleanup steps run in reverse order of registration, once, on SIGINT/SIGTERM/SIGHUP or a fatal error,
 * so that no embedded PostgreSQL, Meilisearch or Next.js process outlives the hub.
 */
export class Lifecycle {
  private readonly steps: { name: string; run: () => Promise<void> | void }[] = [];
  private stopping: Promise<void> | undefined;

  constructor(private readonly logger: Logger) {}

  onStop(name: string, run: () => Promise<void> | void): void {
    this.steps.push({ name, run });
  }

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  stop(): Promise<void> {
    this.stopping ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        try {
          await step.run();
        } catch (error) {
          this.logger.warn(`Stopping ${step.name} failed`, { error });
        }
      }
    })();
    return this.stopping;
  }

  exitOnSignals(): void {
    for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
      process.on(signal, () => {
        if (this.isStopping) return;
        this.logger.info(`${signal} received, stopping`);
        void this.stop().then(() => process.exit(0));
      });
    }
  }
}
