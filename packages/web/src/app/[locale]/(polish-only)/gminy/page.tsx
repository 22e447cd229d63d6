import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { graphql } from "@/__generated__";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import { CountySection } from "@/features/territory/county-section";
import { VoivodeshipPicker } from "@/features/territory/voivodeship-picker";
import { query } from "@/lib/apollo/rsc-client";
import { pluralize } from "@/lib/polish-plural";

export const dynamic = "force-dynamic";

const DEFAULT_VOIVODESHIP = "20"; // podlaskie, the first deployment's region

const MunicipalitiesPageQuery = graphql(`
  query MunicipalitiesPage($code: String!) {
    voivodeships: territorialUnits(kinds: [VOIVODESHIP], first: 16) {
      edges {
        node {
          code
          ...VoivodeshipPicker_option
        }
      }
    }
    voivodeship: territorialUnit(code: $code) {
      code
      name
      kind
      registerDate
      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {
        code
        municipalities: children(kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]) {
          code
        }
        ...CountySection_county
      }
    }
  }
`);

type SearchParams = Promise<{ woj?: string | string[] }>;

function selectedCode(woj: string | string[] | undefined): string | null {
  if (woj === undefined || woj === "") return DEFAULT_VOIVODESHIP;
  return typeof woj === "string" && /^\d{2}$/.test(woj) ? woj : null;
}

async function loadPage(searchParams: SearchParams) {
  const code = selectedCode((await searchParams).woj);
  if (!code) notFound();
  const { data } = await query({ query: MunicipalitiesPageQuery, variables: { code } });
  if (!data?.voivodeship || data.voivodeship.kind !== "VOIVODESHIP") notFound();
  return { ...data, voivodeship: data.voivodeship };
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const { voivodeship } = await loadPage(searchParams);
  return {
    title: `Województwo ${voivodeship.name} — powiaty i gminy`,
    description: `Powiaty i gminy województwa ${voivodeship.name} z kodami TERYT, według urzędowego rejestru GUS.`,
  };
}

const registerDateFormat = new Intl.DateTimeFormat("pl-PL", { dateStyle: "long", timeZone: "UTC" });

/** The TERYT browser: every powiat and gmina of a województwo, podlaskie by default. */
export default async function MunicipalitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const { voivodeships, voivodeship } = await loadPage(searchParams);
  const municipalityCount = voivodeship.counties.reduce(
    (sum, county) => sum + county.municipalities.length,
    0,
  );
  const summary = [
    pluralize(voivodeship.counties.length, { one: "powiat", few: "powiaty", many: "powiatów" }),
    pluralize(municipalityCount, { one: "gmina", few: "gminy", many: "gmin" }),
  ];
  return (
    <div className="container">
      <h1>Gminy i powiaty</h1>
      <p className="lead">
        Podział terytorialny według urzędowego rejestru TERYT: powiaty i gminy z ich kodami. Aby sprawdzić,
        jakie usługi społeczne są w gminie, wpisz jej nazwę w <a href="/uslugi">wyszukiwarce usług</a>.
      </p>
      <VoivodeshipPicker
        options={voivodeships.edges.map((edge) => edge.node)}
        selectedCode={voivodeship.code}
      />
      <section aria-labelledby="podzial">
        <h2 id="podzial" tabIndex={-1}>
          Województwo {voivodeship.name}
        </h2>
        <ResultsAnnouncer
          focusId="podzial"
          message={`Województwo ${voivodeship.name}: ${summary.join(" i ")}.`}
        />
        <p className="summary">
          {summary.join(" · ")} · TERYT {voivodeship.code}
        </p>
        <div className="counties">
          {voivodeship.counties.map((county) => (
            <CountySection key={county.code} county={county} />
          ))}
        </div>
        <p className="source">
          Źródło: rejestr TERYT (GUS), stan na{" "}
          {registerDateFormat.format(new Date(`${voivodeship.registerDate}T00:00:00Z`))} r.
        </p>
      </section>
    </div>
  );
}
