import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { documentLabels } from "@/features/document/document-labels";
import { DOCUMENTS_PATH, documentSearchHref, parseDocumentSearch } from "@/features/document/document-search";
import { LPDI_PATH, LpdiAreaForm } from "@/features/document/lpdi-area-form";
import { lpdiStatusCounts } from "@/features/document/lpdi-groups";
import { LpdiList } from "@/features/document/lpdi-list";
import { LpdiShare } from "@/features/document/lpdi-share";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, recordLang } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import "@/features/document/lpdi.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).documents.lpdi;
  return { title: words.title, description: words.description, alternates: alternates(locale, LPDI_PATH) };
}

const LpdiAreasQuery = graphql(`
  query LpdiAreas($regionCode: String!) {
    region: territorialUnit(code: $regionCode) {
      name
      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {
        code
        name
        kind
      }
    }
  }
`);

const LpdiCoverageQuery = graphql(`
  query LpdiCoveragePage($areaCode: String!) {
    lpdiCoverage(areaCode: $areaCode) {
      unit {
        code
        name
        kind
      }
      entries {
        status
      }
      ...LpdiShare_coverage
      ...LpdiList_coverage
    }
  }
`);

/** The region's powiat (4 digits) from the URL, or the whole region. */
const COUNTY_CODE = /^20\d{2}$/;

/** The coverage of the area; null when the API does not know it (then the page shows the region). */
async function loadCoverage(areaCode: string) {
  const result = await query({ query: LpdiCoverageQuery, variables: { areaCode }, errorPolicy: "all" });
  if (result.error) {
    if (badUserInput(result.error)) return null;
    throw result.error;
  }
  return result.data?.lpdiCoverage ?? null;
}

export default async function LpdiPage(props: { params: Params; searchParams: Promise<RawSearchParams> }) {
  const locale = await localeOf(props.params);
  const messages = getMessages(locale);
  const words = messages.documents.lpdi;
  const lang = recordLang(locale);
  const asked = firstParam((await props.searchParams).obszar);
  const areaCode = COUNTY_CODE.test(asked) ? asked : REGION_CODE;
  const [{ data: areas }, chosen] = await Promise.all([
    query({ query: LpdiAreasQuery, variables: { regionCode: REGION_CODE } }),
    loadCoverage(areaCode),
  ]);
  const coverage = chosen ?? (await loadCoverage(REGION_CODE));
  if (!coverage) throw new Error("The region's LPDI coverage is missing");
  const unknownArea = asked !== "" && asked !== REGION_CODE && coverage.unit.code !== asked;
  const regionName = areas?.region?.name ?? "podlaskie";
  // The area's Polish name, a record: "województwo podlaskie", "powiat białostocki", "Białystok".
  const areaName =
    coverage.unit.kind === "VOIVODESHIP"
      ? `województwo ${coverage.unit.name}`
      : coverage.unit.kind === "COUNTY"
        ? `powiat ${coverage.unit.name}`
        : coverage.unit.name;
  const statuses = documentLabels(locale).lpdiStatuses;

  return (
    <div className="container lpdi">
      <Breadcrumbs
        label={messages.site.breadcrumbs}
        items={[
          { label: messages.documents.search.heading, href: localeHref(locale, DOCUMENTS_PATH) },
          { label: words.heading },
        ]}
      />
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      <p>
        <a href={localeHref(locale, documentSearchHref(parseDocumentSearch({ rodzaj: "LPDI" })))}>
          {words.searchPlans}
        </a>
      </p>

      <LpdiAreaForm
        regionCode={REGION_CODE}
        regionName={regionName}
        counties={areas?.region?.counties ?? []}
        value={coverage.unit.code}
        locale={locale}
      />
      {unknownArea && (
        <div className="notice" role="status">
          <p>{words.unknownArea}</p>
        </div>
      )}

      <section aria-labelledby="udzial">
        <h2 id="udzial" tabIndex={-1}>
          {words.adopted} — <span lang={lang}>{areaName}</span>
        </h2>
        <ResultsAnnouncer
          focusId="udzial"
          message={`${unknownArea ? `${words.unknownArea} ` : ""}${words.showing(areaName)}`}
        />
        <LpdiShare coverage={coverage} labelId="udzial" locale={locale} />
        <ul className="lpdi-counts" aria-label={words.counts}>
          {lpdiStatusCounts(coverage.entries).map(({ status, count }) => (
            <li key={status}>
              {statuses[status]}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="jst">
        <h2 id="jst">{words.units}</h2>
        <LpdiList coverage={coverage} locale={locale} />
      </section>
    </div>
  );
}
