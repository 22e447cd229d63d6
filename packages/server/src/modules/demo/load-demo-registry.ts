import type { EntityManager } from "@mikro-orm/postgresql";
import { bulkInsert, insertIfEmpty, lockDemoLoad, type BulkTable } from "./bulk-insert";
import { MUNICIPALITY_KINDS } from "@obserwatorium/schema";
import { systemClock } from "../common/clock";
import { generateDemoRegistry, type DemoGmina, type DemoRegistry } from "./generate-demo-registry";

export interface LoadDemoRegistryOptions {
  seed?: number;
  organizationCount?: number;
  /** ISO date the certificates and decisions are planned around; today in Poland by default. */
  today?: string;
  /** Rows per INSERT statement; every chunk runs in the same transaction. */
  chunkSize?: number;
}

export interface DemoRegistryCounts {
  organizations: number;
  organizationAreas: number;
  offerings: number;
  socialEnterpriseDecisions: number;
  certificates: number;
  certifiedOfferings: number;
}

export const DEFAULT_DEMO_SEED = 20261122;
export const DEFAULT_DEMO_ORGANIZATION_COUNT = 300;
/** Above this many organizations the demo registry spreads over every gmina of Poland. */
export const PODLASKIE_ONLY_MAX_COUNT = 2000;
const DEFAULT_CHUNK_SIZE = 5000;
const PODLASKIE = "20";

/** Thrown when demo data would be mixed with (or replace) real registry data. */
export class RegistryNotDemoError extends Error {
  constructor(readonly realOrganizations: number) {
    super(
      `The registry holds ${realOrganizations} organization(s) that are not demo data; ` +
        "demo data is loaded only into a registry with demo organizations or none at all. Nothing was changed.",
    );
    this.name = "RegistryNotDemoError";
  }
}

type Tx = EntityManager;

/** Column names and PostgreSQL types of each table, in the order of insertion (parents first). */
const TABLES: readonly BulkTable<keyof DemoRegistry>[] = [
  {
    key: "organizations",
    table: "organization",
    columns: [
      ["id", "uuid"],
      ["slug", "text"],
      ["name", "text"],
      ["short_name", "text"],
      ["legal_form", "text"],
      ["pes_type", "text"],
      ["nip", "text"],
      ["regon", "text"],
      ["krs", "text"],
      ["street_address", "text"],
      ["postal_code", "text"],
      ["city", "text"],
      ["seat_gmina_code", "text"],
      ["latitude", "double precision"],
      ["longitude", "double precision"],
      ["email", "text"],
      ["phone", "text"],
      ["website", "text"],
      ["description", "text"],
      ["founding_body", "text"],
      ["employee_count", "integer"],
      ["employees_at_risk_count", "integer"],
      ["is_active", "boolean"],
      ["last_verified_at", "date"],
      ["last_verified_source", "text"],
      ["publication_state", "text"],
      ["is_demo", "boolean"],
    ],
  },
  {
    key: "organizationAreas",
    table: "organization_area",
    columns: [
      ["organization_id", "uuid"],
      ["territorial_unit_code", "text"],
    ],
  },
  {
    key: "offerings",
    table: "offering",
    columns: [
      ["id", "uuid"],
      ["organization_id", "uuid"],
      ["kind", "text"],
      ["name", "text"],
      ["description", "text"],
      ["cpv_codes", "text[]"],
      ["position", "integer"],
    ],
  },
  {
    key: "socialEnterpriseDecisions",
    table: "social_enterprise_decision",
    columns: [
      ["id", "uuid"],
      ["organization_id", "uuid"],
      ["decision", "text"],
      ["decision_date", "date"],
      ["decision_number", "text"],
      ["voivodeship_code", "text"],
      ["effective_from", "date"],
    ],
  },
  {
    key: "certificates",
    table: "certificate",
    columns: [
      ["id", "uuid"],
      ["organization_id", "uuid"],
      ["type", "text"],
      ["number", "text"],
      ["granting_body", "text"],
      ["decision_date", "date"],
      ["valid_from", "date"],
      ["valid_to", "date"],
      ["revoked", "boolean"],
      ["revoked_reason", "text"],
      ["revoked_at", "timestamptz"],
      ["renewal_of_id", "uuid"],
      ["is_demo", "boolean"],
    ],
  },
  {
    key: "certifiedOfferings",
    table: "certified_offering",
    columns: [
      ["id", "uuid"],
      ["certificate_id", "uuid"],
      ["name", "text"],
      ["description", "text"],
      ["cpv_codes", "text[]"],
      ["position", "integer"],
    ],
  },
];

/**
 * Generates the demo registry and inserts it in one transaction, each table in bulk (one JSON
 * parameter per chunk). Podlaskie gminy host up to 2 000 organizations; more spread over Poland.
 */
export async function loadDemoRegistry(
  em: EntityManager,
  options: LoadDemoRegistryOptions = {},
): Promise<DemoRegistryCounts> {
  return em.transactional((tx) => insertDemoRegistry(tx, options));
}

/** Loads the demo registry only into an empty registry; returns null (and changes nothing) otherwise. */
export async function loadDemoRegistryIfEmpty(
  em: EntityManager,
  options: LoadDemoRegistryOptions = {},
): Promise<DemoRegistryCounts | null> {
  return insertIfEmpty(em, "organization", (tx) => insertDemoRegistry(tx, options));
}

/**
 * Replaces the demo data, in one transaction: refuses (RegistryNotDemoError) when the registry holds
 * any organization that is not demo data, deletes the demo organizations (their areas, offerings,
 * decisions and certificates go with them) and loads a new demo registry.
 */
export async function replaceDemoRegistry(
  em: EntityManager,
  options: LoadDemoRegistryOptions = {},
): Promise<{ deletedOrganizations: number; counts: DemoRegistryCounts }> {
  return em.transactional(async (tx) => {
    await lockDemoLoad(tx, "demo-organization");
    const [real] = await tx.execute<{ count: number }[]>(
      "select count(*)::int as count from organization where not is_demo",
    );
    if (real && real.count > 0) throw new RegistryNotDemoError(real.count);
    await tx.execute("delete from certificate where is_demo", [], "run");
    // Demo services may belong to demo organizations; prepareData loads a new catalogue afterwards.
    await tx.execute("delete from service where is_demo", [], "run");
    const deleted = await tx.execute<{ id: string }[]>("delete from organization where is_demo returning id");
    const counts = await insertDemoRegistry(tx, options);
    return { deletedOrganizations: deleted.length, counts };
  });
}

/** The gminy organizations are placed in: podlaskie's, or all of Poland's for large registries. */
export async function readDemoGminy(em: EntityManager, wholeCountry: boolean): Promise<DemoGmina[]> {
  return em.execute<DemoGmina[]>(
    `select code, name, parent_code as "powiatCode"
     from territorial_unit
     where kind in (select jsonb_array_elements_text(?::jsonb)) and code like ?
     order by code`,
    [JSON.stringify(MUNICIPALITY_KINDS), wholeCountry ? "%" : `${PODLASKIE}%`],
  );
}

async function insertDemoRegistry(tx: Tx, options: LoadDemoRegistryOptions): Promise<DemoRegistryCounts> {
  const organizationCount = options.organizationCount ?? DEFAULT_DEMO_ORGANIZATION_COUNT;
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const gminy = await readDemoGminy(tx, organizationCount > PODLASKIE_ONLY_MAX_COUNT);
  if (gminy.length === 0) {
    throw new Error("The TERYT register has no gminy to place demo organizations in; import it first.");
  }
  const registry = generateDemoRegistry({
    seed: options.seed ?? DEFAULT_DEMO_SEED,
    organizationCount,
    gminy,
    today: options.today ?? systemClock.today(),
  });
  for (const table of TABLES) await bulkInsert(tx, table, registry[table.key], chunkSize);
  return {
    organizations: registry.organizations.length,
    organizationAreas: registry.organizationAreas.length,
    offerings: registry.offerings.length,
    socialEnterpriseDecisions: registry.socialEnterpriseDecisions.length,
    certificates: registry.certificates.length,
    certifiedOfferings: registry.certifiedOfferings.length,
  };
}
