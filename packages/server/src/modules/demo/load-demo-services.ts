import type { EntityManager } from "@mikro-orm/postgresql";
import { bulkInsert, insertIfEmpty, type BulkTable } from "./bulk-insert";
import { systemClock } from "../common/clock";
import {
  DEFAULT_DEMO_SERVICES_SEED,
  generateDemoServices,
  type DemoPowiat,
  type DemoServiceProvider,
  type DemoServices,
} from "./generate-demo-services";
import { readDemoGminy } from "./load-demo-registry";

export interface LoadDemoServicesOptions {
  seed?: number;
  /** ISO date verification dates are planned around; today in Poland by default. */
  today?: string;
  serviceCount?: number;
  /** Places services in every gmina of Poland instead of podlaskie's (the national data set). */
  wholeCountry?: boolean;
}

export interface DemoServicesCounts {
  organizations: number;
  services: number;
  serviceAreas: number;
  locations: number;
  openingHours: number;
  openingExceptions: number;
}

const PODLASKIE = "20";

/** Column names and PostgreSQL types of each table, parents first. */
const TABLES: readonly BulkTable<keyof DemoServices>[] = [
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
      ["street_address", "text"],
      ["postal_code", "text"],
      ["city", "text"],
      ["seat_gmina_code", "text"],
      ["latitude", "double precision"],
      ["longitude", "double precision"],
      ["description", "text"],
      ["is_active", "boolean"],
      ["last_verified_at", "date"],
      ["last_verified_source", "text"],
      ["publication_state", "text"],
      ["is_demo", "boolean"],
    ],
  },
  {
    key: "services",
    table: "service",
    columns: [
      ["id", "uuid"],
      ["slug", "text"],
      ["title", "text"],
      ["description", "text"],
      ["service_type", "text"],
      ["provider_organization_id", "uuid"],
      ["target_groups", "text[]"],
      ["cost_kind", "text"],
      ["cost_amount", "numeric"],
      ["cost_unit", "text"],
      ["cost_explanation", "text"],
      ["eligibility_text", "text"],
      ["min_age", "integer"],
      ["max_age", "integer"],
      ["disability_certificate_required", "boolean"],
      ["income_criterion", "boolean"],
      ["residence_required", "boolean"],
      ["how_to_apply", "text"],
      ["required_documents", "text[]"],
      ["delivery_modes", "text[]"],
      ["languages", "text[]"],
      ["accessibility_features", "text[]"],
      ["waiting_time_text", "text"],
      ["legal_basis", "text"],
      ["valid_from", "date"],
      ["valid_to", "date"],
      ["last_verified_at", "date"],
      ["last_verified_source", "text"],
      ["publication_state", "text"],
      ["is_demo", "boolean"],
    ],
  },
  {
    key: "serviceAreas",
    table: "service_area",
    columns: [
      ["service_id", "uuid"],
      ["territorial_unit_code", "text"],
    ],
  },
  {
    key: "locations",
    table: "service_location",
    columns: [
      ["id", "uuid"],
      ["service_id", "uuid"],
      ["name", "text"],
      ["street_address", "text"],
      ["postal_code", "text"],
      ["city", "text"],
      ["gmina_code", "text"],
      ["latitude", "double precision"],
      ["longitude", "double precision"],
      ["position", "integer"],
    ],
  },
  {
    key: "openingHours",
    table: "service_opening_hours",
    columns: [
      ["id", "uuid"],
      ["location_id", "uuid"],
      ["weekday", "smallint"],
      ["opens", "time"],
      ["closes", "time"],
    ],
  },
  {
    key: "openingExceptions",
    table: "service_opening_exception",
    columns: [
      ["id", "uuid"],
      ["location_id", "uuid"],
      ["date", "date"],
      ["closed", "boolean"],
      ["opens", "time"],
      ["closes", "time"],
      ["note", "text"],
    ],
  },
];

/**
 * Generates the demo service catalogue for podlaskie (OPS and PCPR providers included) and inserts
 * it in one transaction, one JSON parameter per table.
 */
export async function loadDemoServices(
  em: EntityManager,
  options: LoadDemoServicesOptions = {},
): Promise<DemoServicesCounts> {
  return em.transactional((tx) => insertDemoServices(tx, options));
}

/** Loads demo services only when the catalogue is empty; returns null (and changes nothing) otherwise. */
export async function loadDemoServicesIfEmpty(
  em: EntityManager,
  options: LoadDemoServicesOptions = {},
): Promise<DemoServicesCounts | null> {
  return insertIfEmpty(em, "service", (tx) => insertDemoServices(tx, options));
}

async function insertDemoServices(
  tx: EntityManager,
  options: LoadDemoServicesOptions,
): Promise<DemoServicesCounts> {
  const wholeCountry = options.wholeCountry ?? false;
  const region = wholeCountry ? "%" : `${PODLASKIE}%`;
  const gminy = await readDemoGminy(tx, wholeCountry);
  if (gminy.length === 0) {
    throw new Error("The TERYT register has no gminy to place demo services in; import it first.");
  }
  const powiaty = await tx.execute<DemoPowiat[]>(
    "select code, name from territorial_unit where length(code) = 4 and code like ? order by code",
    [region],
  );
  const organizations = await tx.execute<DemoServiceProvider[]>(
    `select id, name, legal_form as "legalForm", seat_gmina_code as "seatGminaCode", city
     from organization
     where is_demo and publication_state = 'PUBLISHED' and is_active and seat_gmina_code like ?
     order by id`,
    [region],
  );
  const slugs = await tx.execute<{ slug: string }[]>("select slug from organization");
  const generated = generateDemoServices({
    seed: options.seed ?? DEFAULT_DEMO_SERVICES_SEED,
    today: options.today ?? systemClock.today(),
    gminy,
    powiaty,
    organizations,
    takenSlugs: slugs.map((row) => row.slug),
    serviceCount: options.serviceCount,
  });
  for (const table of TABLES) await bulkInsert(tx, table, generated[table.key]);
  return {
    organizations: generated.organizations.length,
    services: generated.services.length,
    serviceAreas: generated.serviceAreas.length,
    locations: generated.locations.length,
    openingHours: generated.openingHours.length,
    openingExceptions: generated.openingExceptions.length,
  };
}
