import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { coverageSearchHref, coverageUnitName } from "@/features/service/coverage-format";
import { CoverageGaps } from "@/features/service/coverage-gaps";
import { CoverageTable } from "@/features/service/coverage-table";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import { query } from "@/lib/apollo/rsc-client";
import { badUserInput } from "@/lib/graphql-errors";
import { pluralize } from "@/lib/polish-plural";
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

type Params = Promise<{ code: string }>;

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

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const coverage = await loadCoverage((await params).code);
  if (!coverage) return { title: "Nie znaleziono gminy ani powiatu" };
  const name = coverageUnitName(coverage.unit);
  return {
    title: `${name} — usługi społeczne`,
    description: `${name}: liczba usług społecznych w każdym z 14 obszarów ustawowych i obszary bez usług.`,
  };
}

export default async function CoveragePage({ params }: { params: Params }) {
  const coverage = await loadCoverage((await params).code);
  if (!coverage) notFound();
  const { unit } = coverage;
  const parent = unit.parent && unit.parent.kind !== "VOIVODESHIP" ? unit.parent : null;

  return (
    <div className="container coverage">
      <Breadcrumbs
        items={[
          { label: "Wyszukiwarka usług", href: "/uslugi" },
          { label: `${coverageUnitName(unit)} — usługi społeczne` },
        ]}
      />
      <h1>{coverageUnitName(unit)} — usługi społeczne</h1>
      <p className="coverage__meta">
        {KIND_LABELS[unit.kind]} · TERYT {unit.code}
        {parent && (
          <>
            {" "}
            · <a href={`/gminy/${parent.code}`}>{coverageUnitName(parent)}</a>
          </>
        )}
      </p>
      <p className="coverage__count">
        <a href={coverageSearchHref(unit.code)}>
          {pluralize(coverage.serviceCount, {
            one: "usługa dostępna",
            few: "usługi dostępne",
            many: "usług dostępnych",
          })}
        </a>
      </p>
      <p className="coverage__explanation">
        Liczymy usługi, które mają tu placówkę albo obejmują ten obszar swoim zasięgiem.
      </p>

      <section aria-labelledby="obszary">
        <h2 id="obszary">Usługi według obszarów</h2>
        <CoverageTable coverage={coverage} />
      </section>

      <CoverageGaps coverage={coverage} />

      {unit.kind === "COUNTY" && unit.gminy.length > 0 && (
        <section aria-labelledby="gminy-powiatu">
          <h2 id="gminy-powiatu">Gminy powiatu</h2>
          <ul className="coverage__gminy">
            {unit.gminy.map((gmina) => (
              <li key={gmina.code}>
                <a href={`/gminy/${gmina.code}`}>{gmina.name}</a>{" "}
                <span className="muted">({KIND_LABELS[gmina.kind]})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
