import { randomBytes, randomUUID } from "node:crypto";
import type pg from "pg";

/** Rows for the editors' work queues, inserted directly with bound parameters; each returns its ID. */

export async function insertChangeProposalRow(
  pool: pg.Pool,
  {
    organizationId,
    authorUserId,
    createdAt,
  }: { organizationId: string; authorUserId: string; createdAt: string },
): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into change_proposal (id, target_type, target_id, is_new_record, organization_id, proposed_values,
       author_user_id, created_at)
     values ($1, 'ORGANIZATION', $2, false, $2, '{"name": "Nowa nazwa"}', $3, $4)`,
    [id, organizationId, authorUserId, createdAt],
  );
  return id;
}

export async function insertServiceReportRow(
  pool: pg.Pool,
  {
    serviceId,
    createdAt,
    resolvedByUserId = null,
  }: { serviceId: string; createdAt: string; resolvedByUserId?: string | null },
): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into service_report (id, service_id, message, created_at, resolved_at, resolved_by_user_id)
     values ($1, $2, 'Telefon jest nieaktualny od miesiąca.', $3, $4, $5)`,
    [id, serviceId, createdAt, resolvedByUserId ? createdAt : null, resolvedByUserId],
  );
  return id;
}

export async function insertCertificateRow(
  pool: pg.Pool,
  {
    organizationId,
    number,
    validTo,
    revoked = false,
  }: { organizationId: string; number: string; validTo: string; revoked?: boolean },
): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into certificate (id, organization_id, type, number, granting_body, decision_date, valid_from, valid_to,
       revoked, revoked_reason)
     values ($1, $2, 'ZAKUP_PROSPOLECZNY', $3, 'ROPS Białystok', '2025-12-01', '2025-12-01', $4, $5,
       case when $5 then 'Utrata statusu' end)`,
    [id, organizationId, number, validTo, revoked],
  );
  return id;
}

/** A document whose files have these text states, oldest upload first. */
export async function insertDocumentRow(
  pool: pg.Pool,
  {
    title,
    textStates,
    publicationState = "PUBLISHED",
  }: { title: string; textStates: string[]; publicationState?: string },
): Promise<string> {
  const id = randomUUID();
  await pool.query(
    `insert into document (id, kind, title, publication_state) values ($1, 'REPORT', $2, $3)`,
    [id, title, publicationState],
  );
  for (const [index, textState] of textStates.entries()) {
    await pool.query(
      `insert into document_file (id, document_id, file_name, content_type, byte_size, sha256, storage_key, text_state,
         uploaded_at)
       values ($1, $2, 'raport.pdf', 'application/pdf', 1024, $3, $4, $5, $6)`,
      [
        randomUUID(),
        id,
        randomBytes(32).toString("hex"),
        randomUUID(),
        textState,
        new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
      ],
    );
  }
  return id;
}
