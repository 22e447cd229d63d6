import { InvalidInputError } from "../common/errors";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import type { TerritorialUnitService } from "../territory/territorial-unit.service";
import type { IndicatorMapArgs } from "./dto/indicator-map.args";
import type { IndicatorSeriesArgs } from "./dto/indicator-series.args";
import type { IndicatorsArgs } from "./dto/indicators.args";
import {
  assertIndicatorCode,
  assertVoivodeshipCode,
  assertYear,
  checkAreaCodes,
  checkYears,
} from "./indicator-args.validation";
import type { IndicatorMapType } from "./indicator-map.type";
import type { IndicatorSeriesType } from "./indicator-series.type";
import type { IndicatorValue } from "./indicator-value.entity";
import type { Indicator } from "./indicator.entity";
import type { IndicatorLoaders } from "./indicator.loaders";
import type { IndicatorRepository } from "./indicator.repository";

/** Read side of the observatory's indicators; all of it is public. */
export class IndicatorService {
  constructor(
    private readonly repository: IndicatorRepository,
    private readonly loaders: IndicatorLoaders,
    private readonly territory: TerritorialUnitService,
  ) {}

  async list(args: IndicatorsArgs): Promise<Connection<Indicator>> {
    assertPageSize(args.first);
    const afterCode = args.after ? decodeCursor(args.after, "code") : undefined;
    const filter = { programme: args.programme ?? undefined, area: args.area ?? undefined };
    const page = await this.repository.page(filter, args.first, afterCode);
    return buildConnection(page.indicators, (indicator) => encodeCursor("code", indicator.code), {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: afterCode !== undefined,
      totalCount: page.totalCount,
    });
  }

  async findByCode(code: string): Promise<Indicator | null> {
    assertIndicatorCode(code);
    return this.loaders.indicatorByCode.load(code);
  }

  years(indicator: Indicator): Promise<number[]> {
    return this.loaders.yearsByIndicator.load(indicator.code);
  }

  async latestYear(indicator: Indicator): Promise<number | null> {
    return (await this.years(indicator)).at(-1) ?? null;
  }

  async series(args: IndicatorSeriesArgs): Promise<IndicatorSeriesType> {
    assertIndicatorCode(args.code);
    const codes = checkAreaCodes(args.areaCodes);
    const years = checkYears(args.years);
    const [indicator, units, values] = await Promise.all([
      this.loaders.indicatorByCode.load(args.code),
      this.territory.findManyByCodes(codes),
      this.repository.seriesValues(args.code, codes, years),
    ]);
    if (!indicator) throw new InvalidInputError("code", `no indicator has the code ${args.code}`);
    const unitByCode = new Map(units.map((unit) => [unit.code, unit]));
    const unknown = codes.filter((code) => !unitByCode.has(code));
    if (unknown.length > 0)
      throw new InvalidInputError("areaCodes", `no TERYT unit has the code ${unknown.join(", ")}`);
    const valuesByUnit = new Map<string, IndicatorValue[]>(codes.map((code) => [code, []]));
    for (const value of values) valuesByUnit.get(value.territorialUnitCode)?.push(value);
    return {
      indicator,
      years: years ?? [...new Set(values.map((value) => value.year))].sort((a, b) => a - b),
      units: codes.map((code) => ({
        territorialUnit: unitByCode.get(code)!,
        values: valuesByUnit.get(code)!,
      })),
    };
  }

  async map(args: IndicatorMapArgs): Promise<IndicatorMapType> {
    assertIndicatorCode(args.code);
    assertYear(args.year);
    const county = args.level === "COUNTY";
    if (county) assertVoivodeshipCode(args.parentCode);
    const [indicator, units, values] = await Promise.all([
      this.loaders.indicatorByCode.load(args.code),
      this.repository.mapUnits(args.level, args.parentCode),
      this.repository.mapValues(args.code, args.year, args.level, args.parentCode),
    ]);
    if (!indicator) throw new InvalidInputError("code", `no indicator has the code ${args.code}`);
    if (county && units.length === 0)
      throw new InvalidInputError(
        "parentCode",
        `no województwo with powiaty has the code ${args.parentCode}`,
      );
    const valueByUnit = new Map<string, IndicatorValue>(
      values.map((value) => [value.territorialUnitCode, value]),
    );
    const entries = units.map((unit) => {
      const record = valueByUnit.get(unit.code) ?? null;
      return { territorialUnit: unit, value: record?.value ?? null, indicatorValue: record };
    });
    const numbers = entries.flatMap((entry) => (entry.value === null ? [] : [entry.value]));
    return {
      indicator,
      year: args.year,
      level: args.level,
      parentCode: county ? args.parentCode : null,
      entries,
      min: numbers.length ? Math.min(...numbers) : null,
      max: numbers.length ? Math.max(...numbers) : null,
    };
  }
}
