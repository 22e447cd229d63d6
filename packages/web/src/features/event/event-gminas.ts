import { graphql } from "@/__generated__";
import { getFragmentData, makeFragmentData, type FragmentType } from "@/__generated__/fragment-masking";
import { query } from "@/lib/apollo/rsc-client";
import { API_MAX_PAGE_SIZE, collectAllPages } from "@/lib/pagination";
import { EventRegistration_gminas } from "./event-registration";

const EventGminaPages = graphql(`
  query EventGminaPages($first: Int!, $after: String) {
    territorialUnits(
      kinds: [URBAN_MUNICIPALITY, RURAL_MUNICIPALITY, URBAN_RURAL_MUNICIPALITY]
      withinCode: "20"
      first: $first
      after: $after
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      ...EventRegistration_gminas
    }
  }
`);

/** The gminy of the region for the registration form: more than one API page (podlaskie has 118). */
export async function loadRegionGminas(): Promise<FragmentType<typeof EventRegistration_gminas>> {
  const edges = await collectAllPages(async (after) => {
    const { data } = await query({ query: EventGminaPages, variables: { first: API_MAX_PAGE_SIZE, after } });
    if (!data) throw new Error("The API did not list the gminy of the region");
    const page = data.territorialUnits;
    return {
      nodes: getFragmentData(EventRegistration_gminas, page).edges,
      hasNextPage: page.pageInfo.hasNextPage,
      endCursor: page.pageInfo.endCursor ?? null,
    };
  });
  return makeFragmentData({ edges }, EventRegistration_gminas);
}
