import type {
  IndicatorDirection,
  IndicatorProgramme,
  ServiceArea,
  TerritorialUnitKind,
} from "@obserwatorium/schema";
import { DEMO_PREFIX } from "./generate-demo-registry";
import type { Random } from "./random";

/** How a demo series behaves: a level by kind of unit, a gentle yearly change, a little noise. */
export interface DemoSeriesModel {
  /** Podlaskie only, or every województwo of Poland as well (for the country map). */
  scope: "PODLASKIE" | "COUNTRY";
  decimals: 0 | 1;
  /** The first year's level of a powiat, a city with powiat rights or a województwo. */
  startLevel: (random: Random, kind: TerritorialUnitKind) => number;
  /** Podlaskie's own first-year level, where a public figure gives it. */
  podlaskieStart?: number;
  yearlyChange: (random: Random, kind: TerritorialUnitKind) => number;
  noise: number;
  /** Counts of podlaskie are the sum of its powiaty; rates are the województwo's own. */
  podlaskieIsSum: boolean;
  /** WPRES sets a starting value and a target for the region (podlaskie) only. */
  targetGrowth?: number;
}

export interface DemoIndicatorDefinition {
  code: string;
  name: string;
  programme: IndicatorProgramme;
  area: ServiceArea | null;
  unit: string;
  definition: string;
  direction: IndicatorDirection;
  model: DemoSeriesModel;
}

const between = (random: Random, min: number, max: number) => min + random.next() * (max - min);

type Range = [min: number, max: number];

function byKind(random: Random, kind: TerritorialUnitKind, county: Range, city: Range, voivodeship: Range) {
  const [min, max] =
    kind === "VOIVODESHIP" ? voivodeship : kind === "CITY_WITH_COUNTY_RIGHTS" ? city : county;
  return between(random, min, max);
}

const isCity = (kind: TerritorialUnitKind) => kind === "CITY_WITH_COUNTY_RIGHTS";

export const DEMO_INDICATOR_SOURCE =
  "Dane demonstracyjne: wartości wygenerowane, nie pochodzą z OZPS, sprawozdań ani rejestrów";

export const DEMO_INDICATOR_DEFINITIONS: readonly DemoIndicatorDefinition[] = [
  {
    code: "OZPS_ODSETEK_KORZYSTAJACYCH",
    name: "Odsetek mieszkańców korzystających z pomocy społecznej",
    programme: "OZPS",
    area: "SOCIAL_ASSISTANCE",
    unit: "%",
    definition: `${DEMO_PREFIX}Osoby w rodzinach objętych pomocą społeczną na 100 mieszkańców, stan na koniec roku.`,
    direction: "LOWER_IS_BETTER",
    model: {
      scope: "COUNTRY",
      decimals: 1,
      startLevel: (random, kind) => byKind(random, kind, [6.5, 10.5], [4, 6], [4.5, 8.5]),
      // OZPS 2020: 6.9 % of the inhabitants of podlaskie were helped (DOMAIN.md).
      podlaskieStart: 7.2,
      yearlyChange: (random) => -between(random, 0.1, 0.35),
      noise: 0.1,
      podlaskieIsSum: false,
    },
  },
  {
    code: "WPRES_PES_NA_10K",
    name: "Liczba podmiotów ekonomii społecznej na 10 tys. mieszkańców",
    programme: "WPRES",
    area: null,
    unit: "na 10 tys. mieszkańców",
    definition: `${DEMO_PREFIX}Aktywne podmioty ekonomii społecznej (m.in. spółdzielnie socjalne, fundacje, stowarzyszenia, CIS, KIS, ZAZ, WTZ) na 10 000 mieszkańców.`,
    direction: "HIGHER_IS_BETTER",
    model: {
      scope: "COUNTRY",
      decimals: 1,
      startLevel: (random, kind) => byKind(random, kind, [22, 38], [30, 45], [25, 40]),
      yearlyChange: (random) => between(random, 0.3, 0.9),
      noise: 0.3,
      podlaskieIsSum: false,
      targetGrowth: 0.25,
    },
  },
  {
    code: "WPRES_PS_LICZBA",
    name: "Liczba przedsiębiorstw społecznych (PS)",
    programme: "WPRES",
    area: "VOCATIONAL_AND_SOCIAL_REINTEGRATION",
    unit: "szt.",
    definition: `${DEMO_PREFIX}Podmioty ze statusem przedsiębiorstwa społecznego nadanym decyzją wojewody, stan na 31 grudnia.`,
    direction: "HIGHER_IS_BETTER",
    model: {
      scope: "PODLASKIE",
      decimals: 0,
      startLevel: (random, kind) => (isCity(kind) ? random.int(3, 12) : random.int(0, 4)),
      yearlyChange: (random, kind) => (isCity(kind) ? between(random, 0.4, 1.5) : between(random, 0, 0.6)),
      noise: 0.3,
      podlaskieIsSum: true,
      targetGrowth: 0.5,
    },
  },
  {
    code: "RPDI_MIESZKANIA_MIEJSCA",
    name: "Liczba miejsc w mieszkaniach treningowych i wspomaganych",
    programme: "RPDI",
    area: "HOUSING",
    unit: "miejsca",
    definition: `${DEMO_PREFIX}Miejsca w mieszkaniach treningowych i wspieranych (dawniej chronionych) prowadzonych przez gminy, powiaty i ich partnerów, stan na 31 grudnia.`,
    direction: "HIGHER_IS_BETTER",
    model: {
      scope: "PODLASKIE",
      decimals: 0,
      startLevel: (random, kind) => (isCity(kind) ? random.int(8, 30) : random.int(0, 8)),
      yearlyChange: (random, kind) => (isCity(kind) ? between(random, 1, 4) : between(random, 0.2, 1.5)),
      noise: 0.5,
      podlaskieIsSum: true,
    },
  },
];
