import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { IndicatorCartogram } from "@/features/indicator/indicator-cartogram";
import { IndicatorChart } from "@/features/indicator/indicator-chart";
import { loadIndicatorChoices } from "@/features/indicator/indicator-choices";
import { IndicatorFacts } from "@/features/indicator/indicator-facts";
import { IndicatorForm } from "@/features/indicator/indicator-form";
import { IndicatorMapLegend } from "@/features/indicator/indicator-map-legend";
import { IndicatorMapPatterns } from "@/features/indicator/indicator-map-patterns";
import { IndicatorMapTable } from "@/features/indicator/indicator-map-table";
import {
  indicatorCsvHref,
  indicatorViewHref,
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
import { query } from "@/lib/apollo/rsc-client";
import { siteUrl } from "@/lib/config";
import { pluralize } from "@/lib/polish-plural";
import type { RawSearchParams } from "@/lib/search-params";
import "@/features/indicator/indicator.css";

export const dynamic = "force-dynamic";

const DESCRIPTION =
  "Wskaźniki polityki społecznej województwa podlaskiego: wartości w powiatach, zmiany w czasie, mapa województw i powiatów, dane do pobrania w CSV.";

export const metadata: Metadata = {
  title: "Dane i wskaźniki",
  description: DESCRIPTION,
  openGraph: openGraph("Dane i wskaźniki", DESCRIPTION),
};

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

export default async function DataPage(props: { searchParams: Promise<RawSearchParams> }) {
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
          absoluteUrl(base, indicatorViewHref(view)),
        )
      : null;

  return (
    <div className="container indicator-page">
      {jsonLd && <JsonLdScript data={jsonLd} />}
      <h1>Dane i wskaźniki</h1>
      <p className="lead">
        Jak zmienia się sytuacja w powiatach województwa podlaskiego: wybierz wskaźnik, a pokażemy jego
        wartości w tabeli, na wykresie i na mapie. Dane możesz pobrać w pliku CSV.
      </p>
      <IndicatorForm indicators={indicators} counties={counties} view={view} years={years} />

      {parsed.status === "unknown" && (
        <div className="error-summary" role="alert">
          <p>
            <strong>Nie znaleźliśmy wskaźnika o kodzie „{parsed.code}”.</strong> Wybierz wskaźnik z listy.{" "}
            <a href="#wskaznik">Przejdź do pola</a>
          </p>
        </div>
      )}
      {parsed.status === "none" && (
        <p className="empty-state">Obserwatorium nie ma jeszcze żadnych wskaźników.</p>
      )}

      {view && indicator && data && (
        <>
          <IndicatorFacts indicator={indicator} />
          <p className="indicator-download">
            <a href={indicatorCsvHref(view)} download>
              Pobierz dane w formacie CSV
            </a>{" "}
            <span className="muted">
              (wartości z tabeli{view.level === "wojewodztwa" ? " i wszystkich województw" : ""}; separator
              średnik, przecinek dziesiętny)
            </span>
          </p>

          <section aria-labelledby="tabela">
            <h2 id="tabela">Wartości w powiatach</h2>
            <IndicatorTable series={data.indicatorSeries} indicator={indicator} />
          </section>

          <section aria-labelledby="wykres">
            <h2 id="wykres">Zmiany w czasie</h2>
            {view.droppedCounties > 0 && (
              <div className="notice">
                <p>
                  Na wykresie mieszczą się najwyżej 4 powiaty — pominęliśmy{" "}
                  {pluralize(view.droppedCounties, {
                    one: "ostatni zaznaczony",
                    few: "ostatnie zaznaczone",
                    many: "ostatnich zaznaczonych",
                  })}
                  .
                </p>
              </div>
            )}
            <IndicatorChart
              series={data.indicatorSeries}
              codes={[REGION_CODE, ...view.counties]}
              indicator={indicator}
            />
          </section>

          <section aria-labelledby="mapa">
            <h2 id="mapa">
              {view.level === "wojewodztwa" ? "Mapa województw" : "Mapa powiatów"}
              {view.year !== null && ` — ${view.year} r.`}
            </h2>
            {drawn && map ? (
              <figure className="indicator-map">
                <figcaption>
                  {indicator.name} ({indicator.unit}) w {view.year} r. Kolor oznacza przedział wartości
                  (najwyżej 5 przedziałów równej szerokości), na mapie jest też wpisana każda wartość.
                  {view.level === "powiaty" &&
                    " Powiaty są pokazane jako kafelki ułożone mniej więcej tak jak na mapie."}
                </figcaption>
                <IndicatorMapPatterns />
                {drawn.level === "wojewodztwa" ? (
                  <IndicatorRegionMap map={drawn.map} classes={classes} unit={indicator.unit} />
                ) : (
                  <IndicatorCartogram map={drawn.map} classes={classes} unit={indicator.unit} />
                )}
                <IndicatorMapLegend
                  classes={classes}
                  unit={indicator.unit}
                  hasMissing={mapValues.length < map.entries.length}
                />
                <IndicatorMapTable map={map} decimals={classes.decimals} unit={indicator.unit} />
              </figure>
            ) : (
              <p className="empty-state">Wskaźnik nie ma jeszcze wartości do pokazania na mapie.</p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
