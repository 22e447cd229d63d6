import { allParams, firstParam, type RawSearchParams } from "@/lib/search-params";

export const DATA_PATH = "/dane";
export const CSV_PATH = "/dane/csv";
/** The region of the first deployment: its powiaty are in the table, the chart and the cartogram. */
export const REGION_CODE = "20";
/** Beside the województwo, the chart stays readable with this many lines. */
export const MAX_CHART_COUNTIES = 4;

export type MapLevel = "powiaty" | "wojewodztwa";

/** What the page knows before it reads the URL: the indicators and the region's powiaty. */
export interface IndicatorChoices {
  indicators: readonly { code: string; years: readonly number[]; latestYear?: number | null }[];
  countyCodes: readonly string[];
}

/** A valid view of one indicator: everything the page, and the CSV of it, shows. */
export interface IndicatorView {
  code: string;
  /** Powiaty drawn on the chart beside the województwo, in the register's order. */
  counties: string[];
  /** How many chosen powiaty did not fit on the chart. */
  droppedCounties: number;
  level: MapLevel;
  /** The map's year: the one asked for when the indicator has it, else its latest; null: no values. */
  year: number | null;
}

export type IndicatorViewResult =
  { status: "none" } | { status: "unknown"; code: string } | { status: "ok"; view: IndicatorView };

/**
 * Reads `wskaznik`, `powiat` (repeated), `mapa` and `rok`. Without `wskaznik` the first indicator is
 * shown, so that the page says something at once; unknown powiaty and years are dropped.
 */
export function parseIndicatorView(params: RawSearchParams, choices: IndicatorChoices): IndicatorViewResult {
  const requested = firstParam(params.wskaznik);
  const indicator = requested
    ? choices.indicators.find((item) => item.code === requested)
    : choices.indicators[0];
  if (!indicator) return requested ? { status: "unknown", code: requested } : { status: "none" };
  const chosen = new Set(allParams(params.powiat));
  const counties = choices.countyCodes.filter((code) => chosen.has(code));
  const yearText = firstParam(params.rok);
  const year = indicator.years.find((item) => String(item) === yearText) ?? indicator.years.at(-1) ?? null;
  return {
    status: "ok",
    view: {
      code: indicator.code,
      counties: counties.slice(0, MAX_CHART_COUNTIES),
      droppedCounties: Math.max(0, counties.length - MAX_CHART_COUNTIES),
      level: firstParam(params.mapa) === "wojewodztwa" ? "wojewodztwa" : "powiaty",
      year,
    },
  };
}

function viewQuery(view: IndicatorView): string {
  const params = new URLSearchParams({ wskaznik: view.code });
  for (const county of view.counties) params.append("powiat", county);
  if (view.level !== "powiaty") params.append("mapa", view.level);
  if (view.year !== null) params.append("rok", String(view.year));
  return params.toString();
}

/** The shareable URL of a view, in the order the form submits its fields. */
export function indicatorViewHref(view: IndicatorView): string {
  return `${DATA_PATH}?${viewQuery(view)}`;
}

/** The CSV of what the view shows. */
export function indicatorCsvHref(view: IndicatorView): string {
  return `${CSV_PATH}?${viewQuery(view)}`;
}
