import { cpus, totalmem } from "node:os";
import { embeddedPostgresUrl, loadOrCreateLocalSecrets } from "@obserwatorium/server/infra";
import pg from "pg";
import { startHubProcess, type HubProcess } from "../support/hub-process";
import { BENCH_DATA_DIR, ensureNationalDataSet, type NationalDataSet } from "./national-data-set";

export interface NationalHub {
  hub: HubProcess;
  dataSet: NationalDataSet;
  /** The hub's own PostgreSQL and Meilisearch, for baselines that bypass the hub. */
  databaseUrl: string;
  meiliUrl: string;
  meiliKey: string;
  /** CPU, RAM, Node, PostgreSQL and Meilisearch versions, and the data-set size. */
  environment: string;
  stop(): Promise<void>;
}

/** The hub as `npm start` runs it, on the national data set (seeded once, then kept in .data-bench). */
export async function startNationalHub(): Promise<NationalHub> {
  const dataSet = await ensureNationalDataSet();
  const hub = await startHubProcess({
    dataDir: BENCH_DATA_DIR,
    timeoutMs: 900_000,
    // Load runs send thousands of requests from one address; the per-IP limit would refuse them.
    env: { RATE_LIMIT_ANONYMOUS_POINTS: "0" },
  });
  const secrets = loadOrCreateLocalSecrets(BENCH_DATA_DIR);
  const meiliUrl = `http://127.0.0.1:${hub.ports[3]}`;
  const databaseUrl = embeddedPostgresUrl(secrets.postgresPassword, hub.ports[2]!);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const {
    rows: [size],
  } = await client.query<{
    version: string;
    organizations: number;
    services: number;
    practices: number;
    documents: number;
  }>(
    `select current_setting('server_version') as version,
       (select count(*)::int from organization) as organizations, (select count(*)::int from service) as services,
       (select count(*)::int from good_practice) as practices, (select count(*)::int from document) as documents`,
  );
  await client.end();
  const meiliVersion = (
    (await (
      await fetch(`${meiliUrl}/version`, { headers: { authorization: `Bearer ${secrets.meiliMasterKey}` } })
    ).json()) as { pkgVersion: string }
  ).pkgVersion;
  const environment =
    `${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ` +
    `Node ${process.version}, PostgreSQL ${size!.version}, Meilisearch ${meiliVersion}; national data set: ` +
    `${size!.organizations} organizations, ${size!.services} services, ${size!.practices} good practices, ` +
    `${size!.documents} documents over 2477 gminy`;
  return {
    hub,
    dataSet,
    databaseUrl,
    meiliUrl,
    meiliKey: secrets.meiliMasterKey,
    environment,
    stop: async () => {
      await hub.stop();
    },
  };
}
