type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(scope: string): Logger;
}

function format(fields: Record<string, unknown> | undefined): string {
  if (!fields) return "";
  return Object.entries(fields)
    .map(([key, value]) => {
      const shown = value instanceof Error ? (value.stack ?? value.message) : JSON.stringify(value);
      return ` ${key}=${shown}`;
    })
    .join("");
}

/** A small line logger: `2026-11-22T10:00:00.000Z INFO [scope] message key=value`. */
export function createLogger(minimum: Level = "info", scope = "hub"): Logger {
  const write = (level: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (ORDER[level] < ORDER[minimum]) return;
    const line = `${new Date().toISOString()} ${level.toUpperCase()} [${scope}] ${message}${format(fields)}\n`;
    (level === "error" || level === "warn" ? process.stderr : process.stdout).write(line);
  };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    child: (childScope) => createLogger(minimum, `${scope}:${childScope}`),
  };
}
