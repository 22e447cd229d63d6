import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { coverageSearchHref, coverageUnitName } from "@/features/service/coverage-format";
import { CoverageGaps } from "@/features/service/coverage-gaps";
import { CoverageTable } from "@/features/service/coverage-table";
import { serviceLabels } from "@/features/service/service-labels";
import { withRecordName } from "@/features/territory/record-name";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import "@/features/service/coverage.css";

export const dynamic = "force-dynamic";

const CoveragePageQuery = graphql(`
  query CoveragePage($code: String!) {
    coverage(areaCode: $code) {
      serviceCount
      unit {
        code
        name
        kind
        parent {
          code
          name
          kind
        }
        gminy: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {
          code
          name
          kind
        }
      }
      ...CoverageTable_coverage
      ...CoverageGaps_coverage
    }
  }
`);

type Params = Promise<{ locale: string; code: string }>;

/** A powiat (4 digits) or a gmina (7 digits); the API decides whether the unit exists. */
const AREA_CODE = /^(\d{4}|\d{7})$/;

/** One API call per request; null when the code names no gmina or powiat (the API says so). */
const loadCoverage = cache(async (code: string) => {
  if (!AREA_CODE.test(code)) return null;
  const result = await query({ query: CoveragePageQuery, variables: { code }, errorPolicy: "all" });
  if (result.error) {
    if (badUserInput(result.error)) return null;
    throw result.error;
  }
  return result.data?.coverage ?? null;
});

const unitPath = (code: string) => `/gminy/${code}`;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).data.coverage;
  const coverage = await loadCoverage((await params).code);
  if (!coverage) return { title: words.notFoundTitle };
  const name = coverageUnitName(coverage.unit, words);
  return {
    title: words.heading(name),
    description: words.description(name),
    alternates: alternates(locale, unitPath(coverage.unit.code)),
  };
}

/** A gmina's or powiat's social services: how many in each statutory area, and the areas without any. */
export default async function CoveragePage({ params }: { params: Params }) {
  const locale = await localeOf(params);
  const coverage = await loadCoverage((await params).code);
  if (!coverage) notFound();
  const messages = getMessages(locale);
  const words = messages.data.coverage;
  const kinds = serviceLabels(locale).placeKinds;
  const lang = recordLang(locale);
  const { unit } = coverage;
  const parent = unit.parent && unit.parent.kind !== "VOIVODESHIP" ? unit.parent : null;
  const heading = words.heading(coverageUnitName(unit, words));

  return (
    <div className="container coverage">
      <Breadcrumbs
        label={messages.site.breadcrumbs}
        items={[
          { label: messages.service.breadcrumb, href: localeHref(locale, "/uslugi") },
          { label: withRecordName(heading, unit.name, lang) },
        ]}
      />
      <h1>{withRecordName(heading, unit.name, lang)}</h1>
      <p className="coverage__meta">
        {kinds[unit.kind]} · TERYT {unit.code}
        {parent && (
          <>
            {" "}
            ·{" "}
            <a href={localeHref(locale, unitPath(parent.code))}>
              {withRecordName(coverageUnitName(parent, words), parent.name, lang)}
            </a>
          </>
        )}
      </p>
      <p className="coverage__count">
        <a href={localeHref(locale, coverageSearchHref(unit.code))}>
          {words.available(coverage.serviceCount)}
        </a>
      </p>
      <p className="coverage__explanation">{words.explanation}</p>

      <section aria-labelledby="obszary">
        <h2 id="obszary">{words.byArea}</h2>
        <CoverageTable coverage={coverage} locale={locale} />
      </section>

      <CoverageGaps coverage={coverage} locale={locale} />

      {unit.kind === "COUNTY" && unit.gminy.length > 0 && (
        <section aria-labelledby="gminy-powiatu">
          <h2 id="gminy-powiatu">{words.municipalities}</h2>
          <ul className="coverage__gminy">
            {unit.gminy.map((gmina) => (
              <li key={gmina.code}>
                <a href={localeHref(locale, unitPath(gmina.code))} lang={lang}>
                  {gmina.name}
                </a>{" "}
                <span className="muted">({kinds[gmina.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
