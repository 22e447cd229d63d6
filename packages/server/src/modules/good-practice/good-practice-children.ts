import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot } from "../audit/audit.service";
import {
  GoodPracticeAreaEntity,
  GoodPracticeAttachmentEntity,
  GoodPracticeOrganizationEntity,
  GoodPracticeResultEntity,
} from "./good-practice-children.entity";
import type { GoodPractice } from "./good-practice.entity";
import type { NormalizedGoodPractice } from "./good-practice.validation";

/** Adds the areas, organizations, results and attachments of a practice to the unit of work. */
export function createGoodPracticeChildren(
  tx: EntityManager,
  goodPracticeId: string,
  practice: NormalizedGoodPractice,
  organizationUuids: readonly string[],
): void {
  for (const territorialUnitCode of practice.areaCodes) {
    tx.create(GoodPracticeAreaEntity, { goodPracticeId, territorialUnitCode });
  }
  organizationUuids.forEach((organizationId, position) => {
    tx.create(GoodPracticeOrganizationEntity, { goodPracticeId, organizationId, position });
  });
  practice.results.forEach((result, position) => {
    tx.create(GoodPracticeResultEntity, { id: randomUUID(), goodPracticeId, position, ...result });
  });
  practice.attachments.forEach((attachment, position) => {
    tx.create(GoodPracticeAttachmentEntity, { id: randomUUID(), goodPracticeId, position, ...attachment });
  });
}

export async function deleteGoodPracticeChildren(tx: EntityManager, goodPracticeId: string): Promise<void> {
  await tx.nativeDelete(GoodPracticeAreaEntity, { goodPracticeId });
  await tx.nativeDelete(GoodPracticeOrganizationEntity, { goodPracticeId });
  await tx.nativeDelete(GoodPracticeResultEntity, { goodPracticeId });
  await tx.nativeDelete(GoodPracticeAttachmentEntity, { goodPracticeId });
}

/** A practice with its children as the audit log keeps it. */
export async function goodPracticeSnapshot(
  em: EntityManager,
  practice: GoodPractice,
): Promise<Record<string, unknown>> {
  const goodPracticeId = practice.id;
  const ordered = { orderBy: { position: "asc" } } as const;
  const [areas, organizations, results, attachments] = await Promise.all([
    em.find(GoodPracticeAreaEntity, { goodPracticeId }, { orderBy: { territorialUnitCode: "asc" } }),
    em.find(GoodPracticeOrganizationEntity, { goodPracticeId }, ordered),
    em.find(GoodPracticeResultEntity, { goodPracticeId }, ordered),
    em.find(GoodPracticeAttachmentEntity, { goodPracticeId }, ordered),
  ]);
  return auditSnapshot(
    {
      ...practice,
      areaCodes: areas.map((area) => area.territorialUnitCode),
      organizationIds: organizations.map((link) => link.organizationId),
      results: results.map(({ indicator, value, unit }) => ({ indicator, value: Number(value), unit })),
      attachments: attachments.map(({ title, url }) => ({ title, url })),
    },
    ["createdAt", "updatedAt"],
  );
}
