import type { Metadata } from "next";
import { ResultsList } from "@/components/results-list";
import { graphql } from "@/__generated__";
import { GoodPracticeCard } from "@/features/good-practice/good-practice-card";
import {
  GoodPracticeFilters,
  type GoodPracticeFieldError,
} from "@/features/good-practice/good-practice-filters";
import { PlaceNotice } from "@/features/service/place-picker";
import { GoodPracticeSearchEmpty } from "@/features/good-practice/good-practice-search-empty";
import { describeGoodPracticeSearchError } from "@/features/good-practice/good-practice-search-errors";
import {
  GOOD_PRACTICES_PATH,
  goodPracticeSearchHref,
  PAGE_SIZE,
  parseGoodPracticeSearch,
  toGoodPracticeFilter,
  type GoodPracticeSearch,
} from "@/features/good-practice/good-practice-search";
import { announceResults } from "@/features/navigation/results-announcement";
import { SearchStatus } from "@/features/navigation/search-status";
import { todayInPoland } from "@/features/service/opening-hours-format";
import { resolveSearchPlace } from "@/features/service/place-search";
import { alternates } from "@/i18n/alternates";
import { localeHref, localeOf, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { query } from "@/lib/apollo/rsc-client";
import { cursorAfter, pageCount } from "@/lib/pagination";
import type { RawSearchParams } from "@/lib/search-params";
import { searchOrInvalid } from "@/lib/search-query";
import "@/features/service/service-search.css";
import "@/features/good-practice/good-practice.css";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const words = getMessages(locale).knowledge.goodPractices;
  return {
    title: words.title,
    description: words.description,
    alternates: alternates(locale, GOOD_PRACTICES_PATH),
  };
}

const GoodPracticeSearchQuery = graphql(`
  query GoodPracticeSearch($filter: GoodPracticeFilter, $first: Int!, $after: String) {
    goodPractices(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          ...GoodPracticeCard_goodPractice
        }
      }
    }
  }
`);

async function searchGoodPractices(search: GoodPracticeSearch, areaCode: string | null, locale: Locale) {
  const { data, invalid } = await searchOrInvalid(
    () =>
      query({
        query: GoodPracticeSearchQuery,
        variables: {
          filter: toGoodPracticeFilter(search, areaCode),
          first: PAGE_SIZE,
          after: cursorAfter(search.page - 1, PAGE_SIZE),
        },
        errorPolicy: "all",
      }),
    (error) => describeGoodPracticeSearchError(error, locale),
    "good practices",
  );
  return { practices: data?.goodPractices ?? null, invalid };
}

export default async function GoodPracticesPage(props: {
  params: Params;
  searchParams: Promise<RawSearchParams>;
}) {
  const locale = await localeOf(props.params);
  const messages = getMessages(locale);
  const words = messages.knowledge.goodPractices;
  const lastYear = Number(todayInPoland(new Date()).slice(0, 4));
  const search = parseGoodPracticeSearch(await props.searchParams, lastYear);
  // The place is resolved exactly as on /uslugi.
  const { resolution, place, shown, problem } = await resolveSearchPlace(search, locale, (found) =>
    goodPracticeSearchHref(found, { page: search.page }),
  );
  const { practices, invalid } = problem
    ? { practices: null, invalid: problem }
    : await searchGoodPractices(search, place?.code ?? null, locale);
  const fieldError: GoodPracticeFieldError = invalid?.fieldError ?? null;
  const pages = practices ? pageCount(practices.totalCount, PAGE_SIZE) : 1;
  const hrefFor = (changed: GoodPracticeSearch, page?: number) =>
    localeHref(locale, goodPracticeSearchHref(changed, { page }));

  return (
    <div className="container">
      <h1>{words.heading}</h1>
      <p className="lead">{words.lead}</p>
      {locale !== "pl" && <p className="hint">{messages.knowledge.goodPractices.recordsInPolish}</p>}
      <p className="skip-to-results">
        <a href="#wyniki">{words.skipToResults}</a>
      </p>
      <div className="registry">
        <GoodPracticeFilters
          search={search}
          place={{ value: search.place || place?.name || "", resolution }}
          fieldError={fieldError}
          lastYear={lastYear}
          locale={locale}
        />
        <section className="registry-results" aria-labelledby="wyniki">
          <h2 id="wyniki">{words.results}</h2>
          <SearchStatus
            invalid={invalid && { ...invalid, field: invalid.fieldError?.field }}
            announcement={announceResults({
              total: practices?.totalCount ?? 0,
              page: search.page,
              pages,
              words,
            })}
            goToField={messages.services.goToField}
          />
          <PlaceNotice
            lead={words.placeLead}
            resolution={resolution}
            hrefFor={(areaCode) => hrefFor({ ...shown, areaCode })}
            locale={locale}
          />
          {practices && (
            <ResultsList
              total={practices.totalCount}
              shown={practices.edges.length}
              page={search.page}
              pages={pages}
              words={words}
              noSuchPage={words.outOfRange(search.page, pages)}
              hrefFor={(page) => hrefFor(shown, page)}
              empty={<GoodPracticeSearchEmpty search={shown} locale={locale} />}
              pagination={messages.pagination}
            >
              <ul className="good-practice-list">
                {practices.edges.map((edge) => (
                  <li key={edge.node.id}>
                    <GoodPracticeCard goodPractice={edge.node} locale={locale} />
                  </li>
                ))}
              </ul>
            </ResultsList>
          )}
        </section>
      </div>
    </div>
  );
}
