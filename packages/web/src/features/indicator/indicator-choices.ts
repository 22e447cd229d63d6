import { graphql } from "@/__generated__";
import { query } from "@/lib/apollo/rsc-client";
import { API_MAX_PAGE_SIZE, collectAllPages, pageOf } from "@/lib/pagination";
import { REGION_CODE, type IndicatorChoices } from "./indicator-params";

const IndicatorChoicesQuery = graphql(`
  query IndicatorChoices($first: Int!, $after: String) {
    indicators(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          code
          years
          ...IndicatorForm_indicator
        }
      }
    }
  }
`);

const IndicatorRegionCountiesQuery = graphql(`
  query IndicatorRegionCounties($regionCode: String!) {
    region: territorialUnit(code: $regionCode) {
      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {
        code
        ...IndicatorForm_county
      }
    }
  }
`);

const indicatorPages = (after: string | null) =>
  query({ query: IndicatorChoicesQuery, variables: { first: API_MAX_PAGE_SIZE, after } }).then(({ data }) => {
    if (!data) throw new Error("The indicators are missing");
    return pageOf(data.indicators);
  });

/** The indicators and the region's powiaty: what the form offers and what the URL may name. */
export async function loadIndicatorChoices() {
  const [indicators, { data }] = await Promise.all([
    collectAllPages(indicatorPages),
    query({ query: IndicatorRegionCountiesQuery, variables: { regionCode: REGION_CODE } }),
  ]);
  if (!data) throw new Error("The region's powiaty are missing");
  const counties = data.region?.counties ?? [];
  const choices: IndicatorChoices = { indicators, countyCodes: counties.map((county) => county.code) };
  return { indicators, counties, choices };
}
