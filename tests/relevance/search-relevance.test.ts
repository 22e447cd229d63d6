import type { RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { graphqlRequest, type TestDatabase } from "../support/test-hub";
import { startDemoHub } from "../support/demo-hub";

/**
 * Realistic queries against the deterministic demo data (what `npm start` loads), each with the
 * record a person typing it wants in the first `top` hits of the site-wide `search`. Queries are
 * typed with and without Polish letters, inflected, abbreviated and with typos.
 */
interface Hit {
  type: string;
  title: string;
  offerings: string[];
}
type Expectation = (hit: Hit) => boolean;

const is =
  (type: string, title: RegExp): Expectation =>
  (hit) =>
    hit.type === type && title.test(hit.title);
const offers =
  (name: RegExp): Expectation =>
  (hit) =>
    hit.type === "ORGANIZATION" && hit.offerings.some((offering) => name.test(offering));
const either =
  (...expectations: Expectation[]): Expectation =>
  (hit) =>
    expectations.some((expectation) => expectation(hit));

const CASES: [query: string, expected: Expectation, top?: number][] = [
  ["opieka wytchnieniowa Łapy", is("SERVICE", /wytchnieniow.*Łap/)],
  ["opieka wytchnieniowa Lapy", is("SERVICE", /wytchnieniow.*Łap/)],
  ["opieka wytchnieniwa Łapy", is("SERVICE", /wytchnieniow.*Łap/)],
  ["usługi wytchnieniowe dla opiekunów łapy", is("SERVICE", /wytchnieniow.*Łap/)],
  [
    "opieka nad mamą po udarze Sokółka",
    either(is("SERVICE", /(opiek|wytchnien).*Sokółk/i), is("GOOD_PRACTICE", /opiek.*Sokółk/i)),
    10,
  ],
  ["catering spółdzielnia socjalna", offers(/catering/i), 10],
  ["lpdi choroszcz", is("DOCUMENT", /deinstytucjonalizacji.*Choroszcz/)],
  ["plan deinstytucjonalizacji Tykocin", is("DOCUMENT", /deinstytucjonalizacji.*Tykocin/)],
  ["lpdi zabludow", is("DOCUMENT", /deinstytucjonalizacji.*Zabłudów/)],
  ["dom pomocy dziennej Suwałki", is("SERVICE", /Dzienny dom pomocy.*Suwałki/)],
  ["sds", is("SERVICE", /ŚDS|środowiskowy dom samopomocy/i)],
  ["środowiskowy dom samopomocy Łapy", is("SERVICE", /ŚDS.*Łapy/)],
  ["srodowiskowy dom samopomocy lapy", is("SERVICE", /ŚDS.*Łapy/)],
  ["ddp choroszcz", is("SERVICE", /Dzienny dom pomocy.*Choroszcz/)],
  ["dzienny dom pomocy Śniadowo", is("SERVICE", /Dzienny dom pomocy.*Śniadowo/)],
  ["teleopieka Hajnówka", is("SERVICE", /Teleopieka.*Hajnówka/)],
  ["teleopieka hajnowka", is("SERVICE", /Teleopieka.*Hajnówka/)],
  ["opaska bezpieczeństwa Korycin", is("SERVICE", /Teleopieka.*Korycin/)],
  ["klub seniora Łomża", is("SERVICE", /Klub seniora.*Łomża/)],
  ["klub seniora lomza", is("SERVICE", /Klub seniora.*Łomża/)],
  ["klub senjora Zambrów", is("SERVICE", /Klub seniora.*Zambrów/)],
  ["gorący posiłek Siemiatycze", is("SERVICE", /posiłek.*Siemiatycze/)],
  ["goracy posilek siemiatycze", is("SERVICE", /posiłek.*Siemiatycze/)],
  ["transport door-to-door Drohiczyn", is("SERVICE", /Transport.*Drohiczyn/)],
  ["asystent rodziny Augustów", is("SERVICE", /Asystent rodziny.*Augustów/)],
  ["praca socjalna Białowieża", is("SERVICE", /Praca socjalna.*Białowieża/)],
  ["usługi opiekuńcze Wasilków", is("SERVICE", /opiekuńcze.*Wasilków/)],
  ["opieki w domu Krasnopol", is("SERVICE", /opiekuńcze w domu.*Krasnopol/)],
  ["usług opiekuńczych Suchowola", is("SERVICE", /opiekuńcze.*Suchowola/)],
  ["specjalistyczne usługi opiekuńcze Mielnik", is("SERVICE", /Specjalistyczne.*Mielnik/)],
  ["gops łapy", is("ORGANIZATION", /Ośrodek Pomocy Społecznej w Łapach/)],
  ["ops choroszcz", is("ORGANIZATION", /Ośrodek Pomocy Społecznej w Choroszczy/)],
  ["mops siemiatycze", is("ORGANIZATION", /Ośrodek Pomocy Społecznej w Siemiatyczach/)],
  ["pcpr sokólski", is("ORGANIZATION", /Powiatowe Centrum Pomocy Rodzinie w powiecie sokólskim/)],
  ["kis razem", is("ORGANIZATION", /Klub Integracji Społecznej „Razem”/)],
  ["zaz lipowy dwór", is("ORGANIZATION", /Zakład Aktywności Zawodowej „Lipowy Dwór”/)],
  ["wtz sprawne ręce", is("ORGANIZATION", /Warsztat Terapii Zajęciowej „Sprawne Ręce”/)],
  ["spółdzielnia socjalna Horyzont", is("ORGANIZATION", /Spółdzielnia Socjalna „Horyzont”/)],
  ["kartacze pierogi", offers(/Kartacze/)],
  ["ciasta i torty na zamówienie", offers(/Ciasta i torty/)],
  ["miód z lokalnych pasiek", offers(/Miód/)],
  ["klub integracji społecznej Knyszyn", is("GOOD_PRACTICE", /Klub integracji społecznej.*Knyszyn/)],
  ["cis zieleń miejska Białystok", is("GOOD_PRACTICE", /Centrum integracji społecznej.*Białymstoku/)],
  ["spółdzielnia socjalna stołówka szkolna", is("GOOD_PRACTICE", /Spółdzielnia socjalna prowadzi stołówkę/)],
  ["stołówki szkolnej Narewka", is("GOOD_PRACTICE", /stołówkę.*Narewka/)],
  ["teleopieka dla seniorów Boćki", is("GOOD_PRACTICE", /Teleopieka dla osób starszych.*Boćki/)],
  ["asystencja osobista niepełnosprawność Lipsk", is("GOOD_PRACTICE", /Asystencja osobista.*Lipsk/)],
  ["mieszkanie wspomagane Zambrów", is("GOOD_PRACTICE", /Mieszkanie wspomagane.*Zambrowie/)],
  ["uchodźcy z Ukrainy lekcje polskiego", is("GOOD_PRACTICE", /Lekcje polskiego.*uchodźców/)],
  ["koło gospodyń wiejskich Szepietowo", is("GOOD_PRACTICE", /Koło gospodyń.*Szepietowo/)],
  ["kgw jaświły", is("GOOD_PRACTICE", /Koło gospodyń.*Jaświły/)],
  ["streetworking bezdomność Łomża", is("GOOD_PRACTICE", /Streetworking.*Łomży/)],
  ["ozps powiat bielski 2024", is("DOCUMENT", /Ocena zasobów pomocy społecznej — powiat bielski, 2024/)],
  ["ocena zasobów pomocy społecznej Łapy", is("DOCUMENT", /Ocena zasobów.*Łapy/)],
  ["strategia rozwiązywania problemów społecznych Drohiczyn", is("DOCUMENT", /Strategia.*Drohiczyn/)],
  ["monitoring wpres 2022", is("DOCUMENT", /WPRES.*2022/)],
  ["Białystok", is("TERRITORIAL_UNIT", /^Białystok$/)],
  ["sokolka", is("TERRITORIAL_UNIT", /^Sokółka$/)],
  ["lomza", is("TERRITORIAL_UNIT", /^Łomża$/)],
  ["Hajnowka", is("TERRITORIAL_UNIT", /^Hajnówka$/)],
];
const DEFAULT_TOP = 5;
const REQUIRED_SHARE = 0.9;

const SEARCH = `query ($query: String!) { search(query: $query, first: 10) { degraded hits { type title
  ... on OrganizationSearchHit { organization { offerings { name } } } } } }`;

let database: TestDatabase;
let api: RunningApi;

beforeAll(async () => {
  ({ database, api } = await startDemoHub());
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("search relevance on the demo data", () => {
  it(`puts the expected record in the top hits for at least ${REQUIRED_SHARE * 100} % of ${CASES.length} queries`, async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    const failures: string[] = [];
    for (const [query, expected, top = DEFAULT_TOP] of CASES) {
      const response = await graphqlRequest<{
        search: {
          degraded: boolean;
          hits: { type: string; title: string; organization?: { offerings: { name: string }[] } }[];
        };
      }>(api, SEARCH, { query });
      expect(response.errors).toBeUndefined();
      expect(response.data!.search.degraded).toBe(false);
      const hits = response.data!.search.hits.map((hit) => ({
        type: hit.type,
        title: hit.title,
        offerings: hit.organization?.offerings.map((offering) => offering.name) ?? [],
      }));
      if (!hits.slice(0, top).some(expected)) {
        failures.push(
          `"${query}" (top ${top}): ${hits
            .slice(0, top)
            .map((hit) => `${hit.type} ${hit.title}`)
            .join(" | ")}`,
        );
      }
    }
    const share = (CASES.length - failures.length) / CASES.length;
    console.log(
      `Relevance: ${CASES.length - failures.length}/${CASES.length} = ${(share * 100).toFixed(1)} %` +
        (failures.length ? `\nMissed:\n  ${failures.join("\n  ")}` : ""),
    );
    expect(share).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  });
});
