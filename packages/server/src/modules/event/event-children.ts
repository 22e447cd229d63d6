import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot } from "../audit/audit.service";
import { EventDocumentEntity, EventGoodPracticeEntity, type EventRecord } from "./event.entity";

export interface EventLinks {
  documentUuids: readonly string[];
  goodPracticeUuids: readonly string[];
}

/** Adds the related documents and good practices of an event to the unit of work, in order. */
export function createEventLinks(tx: EntityManager, eventId: string, links: EventLinks): void {
  links.documentUuids.forEach((documentId, position) => {
    tx.create(EventDocumentEntity, { eventId, documentId, position });
  });
  links.goodPracticeUuids.forEach((goodPracticeId, position) => {
    tx.create(EventGoodPracticeEntity, { eventId, goodPracticeId, position });
  });
}

export async function deleteEventLinks(tx: EntityManager, eventId: string): Promise<void> {
  await tx.nativeDelete(EventDocumentEntity, { eventId });
  await tx.nativeDelete(EventGoodPracticeEntity, { eventId });
}

/** An event with its links as the audit log keeps it. */
export async function eventSnapshot(em: EntityManager, event: EventRecord): Promise<Record<string, unknown>> {
  const ordered = { orderBy: { position: "asc" } } as const;
  const [documents, practices] = await Promise.all([
    em.find(EventDocumentEntity, { eventId: event.id }, ordered),
    em.find(EventGoodPracticeEntity, { eventId: event.id }, ordered),
  ]);
  return auditSnapshot(
    {
      ...event,
      documentIds: documents.map((link) => link.documentId),
      goodPracticeIds: practices.map((link) => link.goodPracticeId),
    },
    ["createdAt", "updatedAt"],
  );
}
