import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { TerritorialUnitEntity, type TerritorialUnit } from "./territorial-unit.entity";

export interface TerritoryLoaders {
  unitByCode: DataLoader<string, TerritorialUnit | null>;
  childrenByParentCode: DataLoader<string, TerritorialUnit[]>;
}

/** Per-request batching: a tree of any depth costs one query per level, not one per unit. */
export function createTerritoryLoaders(em: EntityManager): TerritoryLoaders {
  return {
    unitByCode: new DataLoader(async (codes) => {
      const units = await em.find(TerritorialUnitEntity, { code: { $in: [...codes] } });
      const byCode = new Map(units.map((unit) => [unit.code, unit]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    childrenByParentCode: new DataLoader(async (parentCodes) => {
      const units = await em.find(
        TerritorialUnitEntity,
        { parentCode: { $in: [...parentCodes] } },
        { orderBy: { code: "asc" } },
      );
      const byParent = new Map<string, TerritorialUnit[]>(parentCodes.map((code) => [code, []]));
      for (const unit of units) byParent.get(unit.parentCode!)?.push(unit);
      return parentCodes.map((parentCode) => byParent.get(parentCode)!);
    }),
  };
}
