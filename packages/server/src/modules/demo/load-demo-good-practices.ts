import type { EntityManager } from "@mikro-orm/postgresql";
import { systemClock } from "../common/clock";
import { bulkInsert, insertIfEmpty, type BulkTable } from "./bulk-insert";
import {
  DEFAULT_DEMO_GOOD_PRACTICES_SEED,
  generateDemoGoodPractices,
  type DemoGoodPractices,
  type DemoPracticeOrganization,
} from "./generate-demo-good-practices";
import type { DemoPowiat } from "./generate-demo-services";
import { readDemoGminy } from "./load-demo-registry";

export interface LoadDemoGoodPracticesOptions {
  seed?: number;
  /** ISO date the periods are planned around; today in Poland by default. */
  today?: string;
  count?: number;
  /** Places practices in every gmina and powiat of Poland (the national data set). */
  wholeCountry?: boolean;
}

export interface DemoGoodPracticesCounts {
  goodPractices: number;
  areas: number;
  organizations: number;
  results: number;
  attachments: number;
}

const PODLASKIE = "20";

/** Column names and PostgreSQL types of each table, parents first. */
const TABLES: readonly BulkTable<keyof DemoGoodPractices>[] = [
  {
    key: "goodPractices",
    table: "good_practice",
    columns: [
      ["id", "uuid"],
      ["slug", "text"],
      ["title", "text"],
      ["summary", "text"],
      ["body_markdown", "text"],
      ["service_areas", "text[]"],
      ["target_groups", "text[]"],
      ["period_from_year", "integer"],
      ["period_from_date", "date"],
      ["period_to_year", "integer"],
      ["period_to_date", "date"],
      ["funding_kinds", "text[]"],
      ["funding_source", "text"],
      ["contact_name", "text"],
      ["contact_email", "text"],
      ["contact_phone", "text"],
      ["publication_state", "text"],
      ["is_demo", "boolean"],
    ],
  },
  {
    key: "areas",
    table: "good_practice_area",
    columns: [
      ["good_practice_id", "uuid"],
      ["territorial_unit_code", "text"],
    ],
  },
  {
    key: "organizations",
    table: "good_practice_organization",
    columns: [
      ["good_practice_id", "uuid"],
      ["organization_id", "uuid"],
      ["position", "integer"],
    ],
  },
  {
    key: "results",
    table: "good_practice_result",
    columns: [
      ["id", "uuid"],
      ["good_practice_id", "uuid"],
      ["indicator", "text"],
      ["value", "numeric"],
      ["unit", "text"],
      ["position", "integer"],
    ],
  },
  {
    key: "attachments",
    table: "good_practice_attachment",
    columns: [
      ["id", "uuid"],
      ["good_practice_id", "uuid"],
      ["title", "text"],
      ["url", "text"],
      ["position", "integer"],
    ],
  },
];

/** Generates the demo good practices of podlaskie and inserts them in one transaction. */
export async function loadDemoGoodPractices(
  em: EntityManager,
  options: LoadDemoGoodPracticesOptions = {},
): Promise<DemoGoodPracticesCounts> {
  return em.transactional((tx) => insertDemoGoodPractices(tx, options));
}

/** Loads demo good practices only when there are none; returns null (and changes nothing) otherwise. */
export async function loadDemoGoodPracticesIfEmpty(
  em: EntityManager,
  options: LoadDemoGoodPracticesOptions = {},
): Promise<DemoGoodPracticesCounts | null> {
  return insertIfEmpty(em, "good_practice", (tx) => insertDemoGoodPractices(tx, options));
}

async function insertDemoGoodPractices(
  tx: EntityManager,
  options: LoadDemoGoodPracticesOptions,
): Promise<DemoGoodPracticesCounts> {
  const wholeCountry = options.wholeCountry ?? false;
  const region = wholeCountry ? "%" : `${PODLASKIE}%`;
  const gminy = await readDemoGminy(tx, wholeCountry);
  if (gminy.length === 0) {
    throw new Error("The TERYT register has no gminy to place demo practices in; import it first.");
  }
  const powiaty = await tx.execute<DemoPowiat[]>(
    "select code, name from territorial_unit where length(code) = 4 and code like ? order by code",
    [region],
  );
  const organizations = await tx.execute<DemoPracticeOrganization[]>(
    `select id, name, legal_form as "legalForm", seat_gmina_code as "seatGminaCode"
     from organization
     where is_demo and publication_state = 'PUBLISHED' and is_active and seat_gmina_code like ?
     order by id`,
    [region],
  );
  const generated = generateDemoGoodPractices({
    seed: options.seed ?? DEFAULT_DEMO_GOOD_PRACTICES_SEED,
    today: options.today ?? systemClock.today(),
    gminy,
    powiaty,
    organizations,
    count: options.count,
  });
  for (const table of TABLES) await bulkInsert(tx, table, generated[table.key]);
  return {
    goodPractices: generated.goodPractices.length,
    areas: generated.areas.length,
    organizations: generated.organizations.length,
    results: generated.results.length,
    attachments: generated.attachments.length,
  };
}
