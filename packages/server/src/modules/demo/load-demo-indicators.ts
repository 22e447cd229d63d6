import type { EntityManager } from "@mikro-orm/postgresql";
import { bulkInsert, insertIfEmpty, type BulkTable } from "./bulk-insert";
import {
  DEFAULT_DEMO_INDICATORS_SEED,
  generateDemoIndicators,
  type DemoIndicators,
  type DemoIndicatorUnit,
} from "./generate-demo-indicators";

export interface LoadDemoIndicatorsOptions {
  seed?: number;
  /** Series for every powiat of Poland, not only podlaskie's (the national data set). */
  wholeCountry?: boolean;
}

export interface DemoIndicatorsCounts {
  indicators: number;
  values: number;
}

/** Column names and PostgreSQL types of each table, parents first. */
const TABLES: readonly BulkTable<keyof DemoIndicators>[] = [
  {
    key: "indicators",
    table: "indicator",
    columns: [
      ["code", "text"],
      ["name", "text"],
      ["programme", "text"],
      ["area", "text"],
      ["unit", "text"],
      ["definition", "text"],
      ["source", "text"],
      ["direction", "text"],
      ["is_demo", "boolean"],
    ],
  },
  {
    key: "values",
    table: "indicator_value",
    columns: [
      ["indicator_code", "text"],
      ["territorial_unit_code", "text"],
      ["year", "smallint"],
      ["value", "numeric"],
      ["baseline", "numeric"],
      ["target", "numeric"],
      ["source", "text"],
      ["note", "text"],
      ["is_demo", "boolean"],
    ],
  },
];

/** Generates the demo indicators and their series and inserts them in one transaction. */
export async function loadDemoIndicators(
  em: EntityManager,
  options: LoadDemoIndicatorsOptions = {},
): Promise<DemoIndicatorsCounts> {
  return em.transactional((tx) => insertDemoIndicators(tx, options));
}

/** Loads demo indicators only when there are no indicators; returns null (and changes nothing) otherwise. */
export async function loadDemoIndicatorsIfEmpty(
  em: EntityManager,
  options: LoadDemoIndicatorsOptions = {},
): Promise<DemoIndicatorsCounts | null> {
  return insertIfEmpty(em, "indicator", (tx) => insertDemoIndicators(tx, options));
}

async function insertDemoIndicators(
  tx: EntityManager,
  options: LoadDemoIndicatorsOptions,
): Promise<DemoIndicatorsCounts> {
  const units = await tx.execute<DemoIndicatorUnit[]>(
    `select code, kind from territorial_unit
     where kind = 'VOIVODESHIP' or (code like ? and kind in ('COUNTY', 'CITY_WITH_COUNTY_RIGHTS'))
     order by code`,
    [options.wholeCountry ? "____" : "20__"],
  );
  const voivodeships = units.filter((unit) => unit.kind === "VOIVODESHIP");
  const counties = units.filter((unit) => unit.kind !== "VOIVODESHIP");
  const podlaskieCounties = counties.filter((unit) => unit.code.startsWith("20"));
  if (podlaskieCounties.length === 0 || !voivodeships.some((unit) => unit.code === "20")) {
    throw new Error("The TERYT register has no podlaskie powiaty for demo indicators; import it first.");
  }
  const generated = generateDemoIndicators({
    seed: options.seed ?? DEFAULT_DEMO_INDICATORS_SEED,
    voivodeships,
    podlaskieCounties,
    otherCounties: counties.filter((unit) => !unit.code.startsWith("20")),
  });
  for (const table of TABLES) await bulkInsert(tx, table, generated[table.key]);
  return { indicators: generated.indicators.length, values: generated.values.length };
}
