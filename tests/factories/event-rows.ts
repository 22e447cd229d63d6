import { randomUUID } from "node:crypto";
import type pg from "pg";

export interface EventRow {
  slug: string;
  title?: string;
  kind?: string;
  startsAt: string;
  endsAt: string;
  capacity?: number | null;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  publicationState?: string;
  /** Łapy by default; null for an online-only event. */
  gminaCode?: string | null;
  coordinates?: [latitude: number, longitude: number] | null;
  onlineUrl?: string | null;
  topics?: string[];
  serviceAreas?: string[];
  audiences?: string[];
}

/** Inserts an event directly, with bound parameters; returns its UUID. */
export async function insertEventRow(pool: pg.Pool, row: EventRow): Promise<string> {
  const id = randomUUID();
  const gminaCode = row.gminaCode === undefined ? "2002063" : row.gminaCode;
  const [latitude, longitude] =
    row.coordinates === undefined ? [52.9906, 22.8811] : (row.coordinates ?? [null, null]);
  await pool.query(
    `insert into event (id, slug, kind, title, summary, description_markdown, audiences, topics, service_areas,
       starts_at, ends_at, venue_name, street_address, postal_code, city, gmina_code, latitude, longitude, online_url,
       capacity, registration_opens_at, registration_closes_at, organizer_name, publication_state)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
       'ROPS w Białymstoku', $23)`,
    [
      id,
      row.slug,
      row.kind ?? "TRAINING",
      row.title ?? `Szkolenie ${row.slug}`,
      `Krótko o ${row.slug}.`,
      "## Program\n\n- wykład\n- warsztaty",
      row.audiences ?? ["SOCIAL_WORKERS"],
      row.topics ?? ["LPDI"],
      row.serviceAreas ?? ["SOCIAL_ASSISTANCE"],
      row.startsAt,
      row.endsAt,
      gminaCode ? "Sala konferencyjna" : null,
      gminaCode ? "ul. Główna 1" : null,
      gminaCode ? "18-100" : null,
      gminaCode ? "Łapy" : null,
      gminaCode,
      gminaCode ? latitude : null,
      gminaCode ? longitude : null,
      row.onlineUrl ?? (gminaCode ? null : "https://spotkanie.example.pl/lpdi"),
      row.capacity ?? null,
      row.registrationOpensAt ?? null,
      row.registrationClosesAt ?? null,
      row.publicationState ?? "PUBLISHED",
    ],
  );
  return id;
}

export const eventGlobalId = (id: string) => Buffer.from(`Event:${id}`).toString("base64url");
