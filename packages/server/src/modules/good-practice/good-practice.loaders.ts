import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import {
  GoodPracticeAreaEntity,
  GoodPracticeAttachmentEntity,
  GoodPracticeOrganizationEntity,
  GoodPracticeResultEntity,
  type GoodPracticeAttachment,
  type GoodPracticeResult,
} from "./good-practice-children.entity";
import { GoodPracticeEntity, type GoodPractice } from "./good-practice.entity";

export interface GoodPracticeLoaders {
  goodPracticeById: DataLoader<string, GoodPractice | null>;
  areaCodesByPractice: DataLoader<string, string[]>;
  organizationIdsByPractice: DataLoader<string, string[]>;
  resultsByPractice: DataLoader<string, GoodPracticeResult[]>;
  attachmentsByPractice: DataLoader<string, GoodPracticeAttachment[]>;
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** Per-request batching: a page of practices with everything nested costs one query per relation. */
export function createGoodPracticeLoaders(em: EntityManager): GoodPracticeLoaders {
  const byPractice = (row: { goodPracticeId: string }) => row.goodPracticeId;
  return {
    goodPracticeById: new DataLoader(async (ids) => {
      const rows = await em.find(GoodPracticeEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    areaCodesByPractice: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          GoodPracticeAreaEntity,
          { goodPracticeId: { $in: [...ids] } },
          { orderBy: { territorialUnitCode: "asc" } },
        ),
        byPractice,
      ).map((areas) => areas.map((area) => area.territorialUnitCode)),
    ),
    organizationIdsByPractice: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          GoodPracticeOrganizationEntity,
          { goodPracticeId: { $in: [...ids] } },
          { orderBy: { position: "asc" } },
        ),
        byPractice,
      ).map((links) => links.map((link) => link.organizationId)),
    ),
    resultsByPractice: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          GoodPracticeResultEntity,
          { goodPracticeId: { $in: [...ids] } },
          { orderBy: { position: "asc" } },
        ),
        byPractice,
      ),
    ),
    attachmentsByPractice: new DataLoader(async (ids) =>
      groupBy(
        ids,
        await em.find(
          GoodPracticeAttachmentEntity,
          { goodPracticeId: { $in: [...ids] } },
          { orderBy: { position: "asc" } },
        ),
        byPractice,
      ),
    ),
  };
}
