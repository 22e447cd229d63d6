import type { Metadata } from "next";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { documentSearchHref, parseDocumentSearch } from "@/features/document/document-search";
import { LPDI_STATUS_LABELS } from "@/features/document/document-labels";
import { LpdiAreaForm } from "@/features/document/lpdi-area-form";
import { lpdiStatusCounts } from "@/features/document/lpdi-groups";
import { LpdiList } from "@/features/document/lpdi-list";
import { LpdiShare } from "@/features/document/lpdi-share";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import { REGION_CODE } from "@/features/service/place-picker-matches";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import "@/features/document/lpdi.css";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Lokalne plany deinstytucjonalizacji (LPDI)",
  description:
    "Które gminy i powiaty województwa podlaskiego mają lokalny plan deinstytucjonalizacji usług społecznych — udział JST z planem wobec celu 50%.",
};

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

const UNKNOWN_AREA = "Nie znaleźliśmy takiego powiatu — pokazujemy całe województwo.";

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

export default async function LpdiPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const asked = firstParam((await searchParams).obszar);
  const areaCode = COUNTY_CODE.test(asked) ? asked : REGION_CODE;
  const [{ data: areas }, chosen] = await Promise.all([
    query({ query: LpdiAreasQuery, variables: { regionCode: REGION_CODE } }),
    loadCoverage(areaCode),
  ]);
  const coverage = chosen ?? (await loadCoverage(REGION_CODE));
  if (!coverage) throw new Error("The region's LPDI coverage is missing");
  const unknownArea = asked !== "" && asked !== REGION_CODE && coverage.unit.code !== asked;
  const regionName = areas?.region?.name ?? "podlaskie";
  const areaName =
    coverage.unit.kind === "VOIVODESHIP"
      ? `województwo ${coverage.unit.name}`
      : coverage.unit.kind === "COUNTY"
        ? `powiat ${coverage.unit.name}`
        : coverage.unit.name;

  return (
    <div className="container lpdi">
      <Breadcrumbs
        items={[
          { label: "Dokumenty", href: "/dokumenty" },
          { label: "Lokalne plany deinstytucjonalizacji (LPDI)" },
        ]}
      />
      <h1>Lokalne plany deinstytucjonalizacji (LPDI)</h1>
      <p className="lead">
        Które gminy i powiaty (jednostki samorządu terytorialnego, JST) mają lokalny plan
        deinstytucjonalizacji usług społecznych — plan przejścia od opieki instytucjonalnej do usług
        świadczonych w społeczności lokalnej.
      </p>
      <p>
        <a href={documentSearchHref(parseDocumentSearch({ rodzaj: "LPDI" }))}>Przeszukaj treść planów</a>
      </p>

      <LpdiAreaForm
        regionCode={REGION_CODE}
        regionName={regionName}
        counties={areas?.region?.counties ?? []}
        value={coverage.unit.code}
      />
      {unknownArea && (
        <div className="notice" role="status">
          <p>{UNKNOWN_AREA}</p>
        </div>
      )}

      <section aria-labelledby="udzial">
        <h2 id="udzial" tabIndex={-1}>
          JST z przyjętym planem — {areaName}
        </h2>
        <ResultsAnnouncer
          focusId="udzial"
          message={`${unknownArea ? `${UNKNOWN_AREA} ` : ""}Pokazujemy JST z przyjętym planem — ${areaName}.`}
        />
        <LpdiShare coverage={coverage} labelId="udzial" />
        <ul className="lpdi-counts" aria-label="Liczba JST według stanu planu">
          {lpdiStatusCounts(coverage.entries).map(({ status, count }) => (
            <li key={status}>
              {LPDI_STATUS_LABELS[status]}: <strong>{count}</strong>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="jst">
        <h2 id="jst">Powiaty i gminy</h2>
        <LpdiList coverage={coverage} />
      </section>
    </div>
  );
}
