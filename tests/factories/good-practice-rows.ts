import { randomUUID } from "node:crypto";
import type pg from "pg";

export interface GoodPracticeRow {
  slug: string;
  title?: string;
  summary?: string;
  bodyMarkdown?: string;
  serviceAreas?: string[];
  targetGroups?: string[];
  fromYear?: number;
  toYear?: number | null;
  publicationState?: string;
  areaCodes?: string[];
  organizationIds?: string[];
  results?: { indicator: string; value: number; unit: string }[];
  attachments?: { title: string; url: string }[];
}

/** Inserts a good practice and its children directly, with bound parameters; returns its UUID. */
export async function insertGoodPracticeRow(pool: pg.Pool, row: GoodPracticeRow): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into good_practice (id, slug, title, summary, body_markdown, service_areas, target_groups,
       period_from_year, period_to_year, publication_state)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      row.slug,
      row.title ?? row.slug,
      row.summary ?? `Streszczenie ${row.slug}`,
      row.bodyMarkdown ?? "## Opis\n\nTreść.",
      row.serviceAreas ?? ["SOCIAL_ASSISTANCE"],
      row.targetGroups ?? [],
      row.fromYear ?? 2023,
      row.toYear === undefined ? 2024 : row.toYear,
      row.publicationState ?? "PUBLISHED",
    ],
  );
  for (const code of row.areaCodes ?? ["20"]) {
    await pool.query(
      "insert into good_practice_area (good_practice_id, territorial_unit_code) values ($1, $2)",
      [id, code],
    );
  }
  for (const [position, organizationId] of (row.organizationIds ?? []).entries()) {
    await pool.query(
      "insert into good_practice_organization (good_practice_id, organization_id, position) values ($1, $2, $3)",
      [id, organizationId, position],
    );
  }
  for (const [position, result] of (row.results ?? []).entries()) {
    await pool.query(
      `insert into good_practice_result (id, good_practice_id, indicator, value, unit, position)
       values ($1, $2, $3, $4, $5, $6)`,
      [randomUUID(), id, result.indicator, result.value, result.unit, position],
    );
  }
  for (const [position, attachment] of (row.attachments ?? []).entries()) {
    await pool.query(
      `insert into good_practice_attachment (id, good_practice_id, title, url, position)
       values ($1, $2, $3, $4, $5)`,
      [randomUUID(), id, attachment.title, attachment.url, position],
    );
  }
  return id;
}

export const goodPracticeGlobalId = (id: string) => Buffer.from(`GoodPractice:${id}`).toString("base64url");
export const organizationGlobalId = (id: string) => Buffer.from(`Organization:${id}`).toString("base64url");
