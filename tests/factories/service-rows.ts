import { randomUUID } from "node:crypto";
import type pg from "pg";

/** Inserts rows for service tests directly, with bound parameters; returns the new IDs. */
export async function insertOrganizationRow(
  pool: pg.Pool,
  { slug, publicationState = "PUBLISHED" }: { slug: string; publicationState?: string },
): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into organization (id, slug, name, legal_form, pes_type, street_address, postal_code, city,
       seat_gmina_code, publication_state)
     values ($1, $2, $3, 'PUBLIC_BODY', 'NOT_PES', 'ul. Mickiewicza 1', '18-100', 'Łapy', '2002063', $4)`,
    [id, slug, `Organizacja ${slug}`, publicationState],
  );
  return id;
}

export interface ServiceRow {
  slug: string;
  title?: string;
  serviceType: string;
  providerId?: string | null;
  publicationState?: string;
  costKind?: string;
  costAmount?: number | null;
  targetGroups?: string[];
  deliveryModes?: string[];
  languages?: string[];
  accessibilityFeatures?: string[];
  lastVerifiedAt?: string | null;
  areaCodes?: string[];
  locations?: LocationRow[];
}

export interface LocationRow {
  gminaCode: string;
  /** Defaults to Łapy; null for a location without coordinates. */
  coordinates?: [latitude: number, longitude: number] | null;
  hours?: [weekday: number, opens: string, closes: string][];
  exceptions?: { date: string; closed: boolean; opens?: string; closes?: string; note?: string }[];
}

export async function insertServiceRow(pool: pg.Pool, row: ServiceRow): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into service (id, slug, title, service_type, provider_organization_id, publication_state,
       cost_kind, cost_amount, cost_unit, target_groups, delivery_modes, languages, accessibility_features,
       last_verified_at, min_age, how_to_apply, required_documents)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, 60, 'Złóż wniosek w OPS.',
       '{"wniosek"}')`,
    [
      id,
      row.slug,
      row.title ?? row.slug,
      row.serviceType,
      row.providerId ?? null,
      row.publicationState ?? "PUBLISHED",
      row.costKind ?? "FREE",
      row.costAmount ?? null,
      row.costAmount == null ? null : "za godzinę",
      row.targetGroups ?? [],
      row.deliveryModes ?? ["ON_SITE"],
      row.languages ?? ["pl"],
      row.accessibilityFeatures ?? [],
      row.lastVerifiedAt ?? null,
    ],
  );
  for (const code of row.areaCodes ?? []) {
    await pool.query(`insert into service_area (service_id, territorial_unit_code) values ($1, $2)`, [
      id,
      code,
    ]);
  }
  for (const [position, location] of (row.locations ?? []).entries()) {
    const locationId = randomUUID();
    await pool.query(
      `insert into service_location (id, service_id, name, street_address, postal_code, city, gmina_code,
         latitude, longitude, position)
       values ($1, $2, 'Siedziba', 'ul. Główna 1', '18-100', 'Łapy', $3, $4, $5, $6)`,
      [
        locationId,
        id,
        location.gminaCode,
        location.coordinates === undefined ? 52.99 : (location.coordinates?.[0] ?? null),
        location.coordinates === undefined ? 22.88 : (location.coordinates?.[1] ?? null),
        position,
      ],
    );
    for (const [weekday, opens, closes] of location.hours ?? []) {
      await pool.query(
        `insert into service_opening_hours (id, location_id, weekday, opens, closes) values ($1, $2, $3, $4, $5)`,
        [randomUUID(), locationId, weekday, opens, closes],
      );
    }
    for (const exception of location.exceptions ?? []) {
      await pool.query(
        `insert into service_opening_exception (id, location_id, date, closed, opens, closes, note)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          randomUUID(),
          locationId,
          exception.date,
          exception.closed,
          exception.opens ?? null,
          exception.closes ?? null,
          exception.note ?? "",
        ],
      );
    }
  }
  return id;
}
