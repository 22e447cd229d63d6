import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { IndicatorEntity, type Indicator } from "./indicator.entity";

export interface IndicatorLoaders {
  indicatorByCode: DataLoader<string, Indicator | null>;
  /** Years with at least one value, oldest first. */
  yearsByIndicator: DataLoader<string, number[]>;
}

/** Per-request batching: a list of indicators with their years costs one query, not one each. */
export function createIndicatorLoaders(em: EntityManager): IndicatorLoaders {
  return {
    indicatorByCode: new DataLoader(async (codes) => {
      const indicators = await em.find(IndicatorEntity, { code: { $in: [...codes] } });
      const byCode = new Map(indicators.map((indicator) => [indicator.code, indicator]));
      return codes.map((code) => byCode.get(code) ?? null);
    }),
    yearsByIndicator: new DataLoader(async (codes) => {
      const rows = await em.execute<{ indicator_code: string; years: number[] }[]>(
        `select indicator_code, array_agg(distinct year order by year) as years
         from indicator_value
         where indicator_code in (select jsonb_array_elements_text(?::jsonb))
         group by indicator_code`,
        [JSON.stringify(codes)],
      );
      const byCode = new Map(rows.map((row) => [row.indicator_code, row.years]));
      return codes.map((code) => byCode.get(code) ?? []);
    }),
  };
}
