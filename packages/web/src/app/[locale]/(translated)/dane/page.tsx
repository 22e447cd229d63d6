import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { ErrorSummary } from "@/components/error-summary";
import { IndicatorCartogram } from "@/features/indicator/indicator-cartogram";
import { IndicatorChart } from "@/features/indicator/indicator-chart";
import { loadIndicatorChoices } from "@/features/indicator/indicator-choices";
import { IndicatorFacts } from "@/features/indicator/indicator-facts";
import { IndicatorForm } from "@/features/indicator/indicator-form";
import { IndicatorMapLegend } from "@/features/indicator/indicator-map-legend";
import { IndicatorMapPatterns } from "@/features/indicator/indicator-map-patterns";
import { IndicatorMapTable } from "@/features/indicator/indicator-map-table";
import {
  DATA_PATH,
  indicatorCsvHref,
  indicatorViewHref,
  MAX_CHART_COUNTIES,
  parseIndicatorView,
  REGION_CODE,
  type IndicatorView,
} from "@/features/indicator/indicator-params";
import { IndicatorRegionMap } from "@/features/indicator/indicator-region-map";
import { IndicatorTable } from "@/features/indicator/indicator-table";
import { valueClasses } from "@/features/indicator/value-classes";
import { indicatorJsonLd } from "@/features/seo/indicator-json-ld";
import { absoluteUrl } from "@/features/seo/json-ld";
import { JsonLdScript } from "@/features/seo/json-ld-script";
import { openGraph } from "@/features/seo/open-graph";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { siteUrl } from "@/lib/config";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/indicator/indicator.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).data.indicators;
  return {
    title: words.title,
    description: words.description,
    openGraph: openGraph(words.title, words.description, "website", locale),
    alternates: alternates(locale, DATA_PATH),
  };
}

const IndicatorViewQuery = graphql(`
  query IndicatorView($code: String!, $areaCodes: [String!]!) {
    indicator(code: $code) {
      name
      unit
      definition
      source
      years
      ...IndicatorFacts_indicator
    }
    indicatorSeries(code: $code, areaCodes: $areaCodes) {
      ...IndicatorTable_series
      ...IndicatorChart_series
    }
  }
`);

const IndicatorRegionMapQuery = graphql(`
  query IndicatorRegionMap($code: String!, $year: Int!) {
    indicatorMap(code: $code, year: $year, level: VOIVODESHIP) {
      entries {
        value
      }
      ...IndicatorRegionMap_map
      ...IndicatorMapTable_map
    }
  }
`);

const IndicatorCartogramQuery = graphql(`
  query IndicatorCartogram($code: String!, $year: Int!, $regionCode: String!) {
    indicatorMap(code: $code, year: $year, level: COUNTY, parentCode: $regionCode) {
      entries {
        value
      }
      ...IndicatorCartogram_map
      ...IndicatorMapTable_map
    }
  }
`);

async function loadMap(view: IndicatorView) {
  if (view.year === null) return null;
  const variables = { code: view.code, year: view.year };
  if (view.level === "wojewodztwa") {
    const { data } = await query({ query: IndicatorRegionMapQuery, variables });
    return data ? { level: "wojewodztwa" as const, map: data.indicatorMap } : null;
  }
  const { data } = await query({
    query: IndicatorCartogramQuery,
    variables: { ...variables, regionCode: REGION_CODE },
  });
  return data ? { level: "powiaty" as const, map: data.indicatorMap } : null;
}

export default async function DataPage(props: { params: Params; searchParams: Promise<RawSearchParams> }) {
  const locale = await localeOf(props.params);
  const words = getMessages(locale).data.indicators;
  const lang = recordLang(locale);
  const { indicators, counties, choices } = await loadIndicatorChoices();
  const parsed = parseIndicatorView(await props.searchParams, choices);
  const view = parsed.status === "ok" ? parsed.view : null;
  const [{ data }, drawn] = view
    ? await Promise.all([
        query({
          query: IndicatorViewQuery,
          variables: { code: view.code, areaCodes: [REGION_CODE, ...choices.countyCodes] },
        }),
        loadMap(view),
      ])
    : [{ data: null }, null];
  const indicator = data?.indicator ?? null;
  const years = indicators.find((item) => item.code === view?.code)?.years ?? [];
  const map = drawn?.map ?? null;
  const mapValues = map?.entries.flatMap((entry) => (entry.value == null ? [] : [entry.value])) ?? [];
  const classes = valueClasses(mapValues);
  const base = siteUrl();
  const jsonLd =
    view && indicator
      ? indicatorJsonLd(
          { ...indicator, csvUrl: absoluteUrl(base, indicatorCsvHref(view)) },
          absoluteUrl(base, localeHref(locale, indicatorViewHref(view))),
        )
      : null;

  return (
    <div className="container indicator-page">
      {jsonLd && <JsonLdScript data={jsonLd} />}
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      {locale !== "pl" && <p className="hint">{words.recordsInPolish}</p>}
      <IndicatorForm indicators={indicators} counties={counties} view={view} years={years} locale={locale} />

      {parsed.status === "unknown" && (
        <ErrorSummary
          title={words.unknown(parsed.code)}
          message={words.chooseFromList}
          field="wskaznik"
          goToField={words.goToField}
        />
      )}
      {parsed.status === "none" && <p className="empty-state">{words.none}</p>}

      {view && indicator && data && (
        <>
          <IndicatorFacts indicator={indicator} locale={locale} />
          <p className="indicator-download">
            {/* The CSV, in Polish like the records, has one address in every language. */}
            <a href={indicatorCsvHref(view)} download>
              {words.download}
            </a>{" "}
            <span className="muted">
              {view.level === "wojewodztwa" ? words.downloadNoteRegions : words.downloadNote}
            </span>
          </p>

          <section aria-labelledby="tabela">
            <h2 id="tabela">{words.tableHeading}</h2>
            <IndicatorTable series={data.indicatorSeries} indicator={indicator} locale={locale} />
          </section>

          <section aria-labelledby="wykres">
            <h2 id="wykres">{words.chartHeading}</h2>
            {view.droppedCounties > 0 && (
              <div className="notice">
                <p>{words.droppedCounties(MAX_CHART_COUNTIES, view.droppedCounties)}</p>
              </div>
            )}
            <IndicatorChart
              series={data.indicatorSeries}
              codes={[REGION_CODE, ...view.counties]}
              indicator={indicator}
              locale={locale}
            />
          </section>

          <section aria-labelledby="mapa">
            <h2 id="mapa">
              {view.level === "wojewodztwa" ? words.regionsMapHeading : words.countiesMapHeading}
              {view.year !== null && ` ${words.mapYear(view.year)}`}
            </h2>
            {drawn && map && view.year !== null ? (
              <figure className="indicator-map">
                <figcaption>
                  <span lang={lang}>
                    {indicator.name} ({indicator.unit})
                  </span>{" "}
                  {words.mapCaption(view.year)}
                  {view.level === "powiaty" && ` ${words.mapTiles}`}
                </figcaption>
                <IndicatorMapPatterns />
                {drawn.level === "wojewodztwa" ? (
                  <IndicatorRegionMap
                    map={drawn.map}
                    classes={classes}
                    unit={indicator.unit}
                    locale={locale}
                  />
                ) : (
                  <IndicatorCartogram
                    map={drawn.map}
                    classes={classes}
                    unit={indicator.unit}
                    locale={locale}
                  />
                )}
                <IndicatorMapLegend
                  classes={classes}
                  unit={indicator.unit}
                  hasMissing={mapValues.length < map.entries.length}
                  locale={locale}
                />
                <IndicatorMapTable
                  map={map}
                  decimals={classes.decimals}
                  unit={indicator.unit}
                  locale={locale}
                />
              </figure>
            ) : (
              <p className="empty-state">{words.noMapValues}</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
