import { writeFileSync, readFileSync, existsSync, mkdirSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export interface LatencyFigures {
  requests: number;
  medianMs: number;
  p95Ms: number;
  p99Ms: number;
}

/** Runs `request` for every input at the given concurrency; latencies of each call, in ms. */
export async function measure<T>(
  inputs: readonly T[],
  request: (input: T) => Promise<unknown>,
  concurrency = 1,
): Promise<LatencyFigures> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < inputs.length) {
        const input = inputs[next++]!;
        const started = performance.now();
        await request(input);
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (share: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(share * latencies.length))]!;
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    requests: latencies.length,
    medianMs: round(at(0.5)),
    p95Ms: round(at(0.95)),
    p99Ms: round(at(0.99)),
  };
}

const RESULTS = join(dirname(fileURLToPath(import.meta.url)), "../../bench/RESULTS.md");

export function machine(): string {
  const cpu = cpus()[0]?.model ?? "unknown CPU";
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Replaces (or appends) the section `title` of bench/RESULTS.md and prints it. */
export function report(title: string, lines: string[], environment = machine()): void {
  const section = [
    `## ${title}`,
    "",
    `Measured ${new Date().toISOString()} on ${environment}.`,
    "",
    ...lines,
    "",
  ].join("\n");
  console.log(`\n${section}`);
  mkdirSync(dirname(RESULTS), { recursive: true });
  const current = existsSync(RESULTS)
    ? readFileSync(RESULTS, "utf8")
    : "# Benchmark results\n\nWritten by `npm run bench`; figures from the machine named in each section.\n\n";
  const pattern = new RegExp(`## ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n[\\s\\S]*?(?=\\n## |$)`);
  writeFileSync(
    RESULTS,
    pattern.test(current) ? current.replace(pattern, section) : `${current}${section}\n`,
  );
}

export function row(name: string, figures: LatencyFigures, extra = ""): string {
  return `| ${name} | ${figures.requests} | ${figures.medianMs} | ${figures.p95Ms} | ${figures.p99Ms} |${extra}`;
}
