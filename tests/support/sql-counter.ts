import type { LogContext, Logger, LoggerNamespace } from "@mikro-orm/core";

/** Records every SQL statement MikroORM runs, so tests can prove there is no N+1. */
export class SqlCounter {
  readonly statements: string[] = [];

  /** Pass as `loggerFactory` to `createTestDatabase`. */
  readonly loggerFactory = (): Logger => {
    const record = (sql: string) => this.statements.push(sql);
    return {
      log: (namespace: LoggerNamespace, message: string, context?: LogContext) => {
        if (namespace === "query") record(context?.query ?? message);
      },
      error: () => {},
      warn: () => {},
      logQuery: (context: LogContext) => record(context.query ?? ""),
      setDebugMode: () => {},
      isEnabled: (namespace: LoggerNamespace) => namespace === "query",
    };
  };

  reset(): void {
    this.statements.length = 0;
  }

  selects(): string[] {
    return this.statements.filter((sql) => /^\s*select/i.test(sql));
  }
}
