import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { TerritorialUnitKind } from "@obserwatorium/schema";
import { TerritorialUnitEntity, type TerritorialUnit } from "./territorial-unit.entity";

export interface TerritorialUnitFilter {
  parentCode?: string;
  /** A checked TERYT code (digits only): units strictly inside it. */
  withinCode?: string;
  kinds?: readonly TerritorialUnitKind[];
}

export class TerritorialUnitRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page in code order after `afterCode`, plus the total number of matches. */
  async page(filter: TerritorialUnitFilter, first: number, afterCode?: string) {
    const where: FilterQuery<TerritorialUnit> = {};
    if (filter.parentCode) where.parentCode = filter.parentCode;
    const inside = filter.withinCode ? { $like: `${filter.withinCode}%`, $ne: filter.withinCode } : {};
    if (filter.withinCode) where.code = inside;
    if (filter.kinds?.length) where.kind = { $in: [...filter.kinds] };
    const [units, totalCount] = await Promise.all([
      this.em.find(
        TerritorialUnitEntity,
        afterCode ? { ...where, code: { ...inside, $gt: afterCode } } : where,
        {
          orderBy: { code: "asc" },
          limit: first + 1,
        },
      ),
      this.em.count(TerritorialUnitEntity, where),
    ]);
    return { units: units.slice(0, first), hasNextPage: units.length > first, totalCount };
  }
}
