import type { EntityManager, FilterQuery } from "@mikro-orm/postgresql";
import type { IndicatorProgramme, ServiceArea, TerritorialUnitKind } from "@obserwatorium/schema";
import { TerritorialUnitEntity, type TerritorialUnit } from "../territory/territorial-unit.entity";
import { IndicatorEntity, type Indicator } from "./indicator.entity";
import { IndicatorValueEntity, type IndicatorValue } from "./indicator-value.entity";
import type { TerritorialLevel } from "./indicator.enums";

export interface IndicatorFilter {
  programme?: IndicatorProgramme;
  area?: ServiceArea;
}

const COUNTY_KINDS: TerritorialUnitKind[] = ["COUNTY", "CITY_WITH_COUNTY_RIGHTS"];

export class IndicatorRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page in code order after `afterCode`, plus the total number of matches. */
  async page(filter: IndicatorFilter, first: number, afterCode?: string) {
    const where: FilterQuery<Indicator> = {};
    if (filter.programme) where.programme = filter.programme;
    if (filter.area) where.area = filter.area;
    const [indicators, totalCount] = await Promise.all([
      this.em.find(IndicatorEntity, afterCode ? { ...where, code: { $gt: afterCode } } : where, {
        orderBy: { code: "asc" },
        limit: first + 1,
      }),
      this.em.count(IndicatorEntity, where),
    ]);
    return { indicators: indicators.slice(0, first), hasNextPage: indicators.length > first, totalCount };
  }

  /** Values of one indicator for the units (and years, when given), by unit and year. */
  seriesValues(
    indicatorCode: string,
    unitCodes: string[],
    years: number[] | null,
  ): Promise<IndicatorValue[]> {
    return this.em.find(
      IndicatorValueEntity,
      { indicatorCode, territorialUnitCode: { $in: unitCodes }, ...(years ? { year: { $in: years } } : {}) },
      { orderBy: { territorialUnitCode: "asc", year: "asc" } },
    );
  }

  /** Values of one indicator in one year for the units of a map level (codes say the level). */
  mapValues(indicatorCode: string, year: number, level: TerritorialLevel, parentCode: string) {
    const codePattern = level === "VOIVODESHIP" ? "__" : `${parentCode}__`;
    return this.em.find(IndicatorValueEntity, {
      indicatorCode,
      year,
      territorialUnitCode: { $like: codePattern },
    });
  }

  /** The units a map of the level shows, in code order. */
  mapUnits(level: TerritorialLevel, parentCode: string): Promise<TerritorialUnit[]> {
    const where: FilterQuery<TerritorialUnit> =
      level === "VOIVODESHIP" ? { kind: "VOIVODESHIP" } : { parentCode, kind: { $in: COUNTY_KINDS } };
    return this.em.find(TerritorialUnitEntity, where, { orderBy: { code: "asc" } });
  }
}
