import type {
  IndicatorDirection,
  IndicatorProgramme,
  ServiceArea,
  TerritorialUnitKind,
} from "@obserwatorium/schema";
import {
  DEMO_INDICATOR_DEFINITIONS,
  DEMO_INDICATOR_SOURCE,
  type DemoIndicatorDefinition,
} from "./demo-indicator-definitions";
import { createRandom, type Random } from "./random";

export const DEFAULT_DEMO_INDICATORS_SEED = 20261124;
export const DEMO_INDICATOR_FIRST_YEAR = 2019;
export const DEMO_INDICATOR_LAST_YEAR = 2025;
const PODLASKIE = "20";

/** A unit of the TERYT register as read from `territorial_unit`. */
export interface DemoIndicatorUnit {
  code: string;
  kind: TerritorialUnitKind;
}

export interface GenerateDemoIndicatorsOptions {
  seed: number;
  /** The 16 województwa. */
  voivodeships: readonly DemoIndicatorUnit[];
  /** The powiaty and cities with powiat rights of podlaskie. */
  podlaskieCounties: readonly DemoIndicatorUnit[];
  /** Powiaty of the other województwa that get series too (the national data set). */
  otherCounties?: readonly DemoIndicatorUnit[];
}

export interface DemoIndicatorRow {
  code: string;
  name: string;
  programme: IndicatorProgramme;
  area: ServiceArea | null;
  unit: string;
  definition: string;
  source: string;
  direction: IndicatorDirection;
  is_demo: boolean;
}

export interface DemoIndicatorValueRow {
  indicator_code: string;
  territorial_unit_code: string;
  year: number;
  value: number;
  baseline: number | null;
  target: number | null;
  source: string;
  note: string;
  is_demo: boolean;
}

export interface DemoIndicators {
  indicators: DemoIndicatorRow[];
  values: DemoIndicatorValueRow[];
}

const YEARS = Array.from(
  { length: DEMO_INDICATOR_LAST_YEAR - DEMO_INDICATOR_FIRST_YEAR + 1 },
  (_, index) => DEMO_INDICATOR_FIRST_YEAR + index,
);

/** Demo indicators with series for every powiat of podlaskie, podlaskie and, for some, all of Poland. */
export function generateDemoIndicators(options: GenerateDemoIndicatorsOptions): DemoIndicators {
  const random = createRandom(options.seed);
  return {
    indicators: DEMO_INDICATOR_DEFINITIONS.map(({ model: _model, ...definition }) => ({
      ...definition,
      source: DEMO_INDICATOR_SOURCE,
      is_demo: true,
    })),
    values: DEMO_INDICATOR_DEFINITIONS.flatMap((definition) => valuesOf(definition, random, options)),
  };
}

function valuesOf(
  { code, model }: DemoIndicatorDefinition,
  random: Random,
  { voivodeships, podlaskieCounties, otherCounties = [] }: GenerateDemoIndicatorsOptions,
): DemoIndicatorValueRow[] {
  const round = (value: number) => Number(value.toFixed(model.decimals));
  const series = (unit: DemoIndicatorUnit) => {
    const start =
      unit.code === PODLASKIE && model.podlaskieStart
        ? model.podlaskieStart
        : model.startLevel(random, unit.kind);
    const change = model.yearlyChange(random, unit.kind);
    return YEARS.map((_, index) => {
      const wobble = (random.next() * 2 - 1) * model.noise;
      return round(Math.max(0, start + change * index + wobble));
    });
  };
  const byUnit = new Map(podlaskieCounties.map((unit) => [unit.code, series(unit)]));
  byUnit.set(
    PODLASKIE,
    model.podlaskieIsSum
      ? YEARS.map((_, index) => round([...byUnit.values()].reduce((sum, values) => sum + values[index]!, 0)))
      : series({ code: PODLASKIE, kind: "VOIVODESHIP" }),
  );
  for (const unit of otherCounties) byUnit.set(unit.code, series(unit));
  if (model.scope === "COUNTRY") {
    for (const unit of voivodeships) if (unit.code !== PODLASKIE) byUnit.set(unit.code, series(unit));
  }
  const podlaskieBaseline = byUnit.get(PODLASKIE)![0]!;
  return [...byUnit].flatMap(([unitCode, values]) => {
    const programmeSetsTarget = model.targetGrowth !== undefined && unitCode === PODLASKIE;
    return values.map((value, index) => ({
      indicator_code: code,
      territorial_unit_code: unitCode,
      year: YEARS[index]!,
      value,
      baseline: programmeSetsTarget ? podlaskieBaseline : null,
      target: programmeSetsTarget ? round(podlaskieBaseline * (1 + model.targetGrowth!)) : null,
      source: "",
      note: "",
      is_demo: true,
    }));
  });
}
