import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { graphql } from "@/__generated__";
import { ResultsAnnouncer } from "@/features/navigation/results-announcer";
import { CountySection } from "@/features/territory/county-section";
import { withRecordName } from "@/features/territory/record-name";
import { VoivodeshipPicker } from "@/features/territory/voivodeship-picker";
import { alternates } from "@/i18n/alternates";
import { LOCALE_TAGS, localeHref, localeOf, recordLang, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";

export const dynamic = "force-dynamic";

const DEFAULT_VOIVODESHIP = "20"; // podlaskie, the first deployment's region
const UNITS_PATH = "/gminy";

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

type Params = Promise<{ locale: string }>;
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

export async function generateMetadata(props: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  const locale = await localeOf(props.params);
  const words = getMessages(locale).data.units;
  const { voivodeship } = await loadPage(props.searchParams);
  return {
    title: words.title(voivodeship.name),
    description: words.description(voivodeship.name),
    alternates: alternates(locale, UNITS_PATH),
  };
}

function registerDate(date: string, locale: Locale): string {
  const format = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: "long", timeZone: "UTC" });
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The TERYT browser: every powiat and gmina of a województwo, podlaskie by default. */
export default async function MunicipalitiesPage(props: { params: Params; searchParams: SearchParams }) {
  const locale = await localeOf(props.params);
  const words = getMessages(locale).data.units;
  const lang = recordLang(locale);
  const { voivodeships, voivodeship } = await loadPage(props.searchParams);
  const municipalityCount = voivodeship.counties.reduce(
    (sum, county) => sum + county.municipalities.length,
    0,
  );
  const counties = words.counties(voivodeship.counties.length);
  const municipalities = words.municipalities(municipalityCount);
  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="lead">
        {words.lead} <a href={localeHref(locale, "/uslugi")}>{words.leadLink}</a>
        {words.leadEnd}
      </p>
      {locale !== "pl" && <p className="hint">{words.recordsInPolish}</p>}
      <VoivodeshipPicker
        options={voivodeships.edges.map((edge) => edge.node)}
        selectedCode={voivodeship.code}
        locale={locale}
      />
      <section aria-labelledby="podzial">
        <h2 id="podzial" tabIndex={-1}>
          {withRecordName(words.region(voivodeship.name), voivodeship.name, lang)}
        </h2>
        <ResultsAnnouncer
          focusId="podzial"
          message={words.announce(voivodeship.name, counties, municipalities)}
        />
        <p className="summary">
          {counties} · {municipalities} · TERYT {voivodeship.code}
        </p>
        <div className="counties">
          {voivodeship.counties.map((county) => (
            <CountySection key={county.code} county={county} locale={locale} />
          ))}
        </div>
        <p className="source">{words.source(registerDate(voivodeship.registerDate, locale))}</p>
      </section>
    </div>
  );
}
