import { graphql } from "@/__generated__";
import { query } from "@/lib/apollo/rsc-client";
import { REGION_CODE, type IndicatorChoices } from "./indicator-params";

const IndicatorChoicesQuery = graphql(`
  query IndicatorChoices($regionCode: String!) {
    indicators(first: 500) {
      edges {
        node {
          code
          years
          ...IndicatorForm_indicator
        }
      }
    }
    region: territorialUnit(code: $regionCode) {
      counties: children(kinds: [COUNTY, CITY_WITH_COUNTY_RIGHTS]) {
        code
        ...IndicatorForm_county
      }
    }
  }
`);

/** The indicators and the region's powiaty: what the form offers and what the URL may name. */
export async function loadIndicatorChoices() {
  const { data } = await query({ query: IndicatorChoicesQuery, variables: { regionCode: REGION_CODE } });
  if (!data) throw new Error("The indicators are missing");
  const indicators = data.indicators.edges.map((edge) => edge.node);
  const counties = data.region?.counties ?? [];
  const choices: IndicatorChoices = { indicators, countyCodes: counties.map((county) => county.code) };
  return { indicators, counties, choices };
}
