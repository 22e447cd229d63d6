import type { PanelChangeProposalIdsQuery, PanelChangeProposalQuery } from "@/__generated__/graphql";
import { panelQuery } from "@/lib/panel/panel-client";
import { PanelChangeProposal, PanelChangeProposalIds } from "./proposal-queries";

export type ProposalDetails = PanelChangeProposalQuery["changeProposals"]["edges"][number]["node"];

const PAGE = 100;
const MAX_PAGES = 100;

/** The `after` cursor that starts the list at the proposal `id`: the cursor of the one before it. */
async function cursorBefore(id: string): Promise<{ found: boolean; after: string | null }> {
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data, error }: { data?: PanelChangeProposalIdsQuery; error?: Error } = await panelQuery(
      PanelChangeProposalIds,
      { first: PAGE, after },
    );
    if (error) throw error;
    const edges = data?.changeProposals.edges ?? [];
    const index = edges.findIndex((edge) => edge.node.id === id);
    if (index === 0) return { found: true, after };
    if (index > 0) return { found: true, after: edges[index - 1]!.cursor };
    if (!data?.changeProposals.pageInfo.hasNextPage) break;
    after = data.changeProposals.pageInfo.endCursor ?? null;
  }
  return { found: false, after: null };
}

/**
 * One proposal the viewer may see (staff: any, a representative: its own), or null. The API lists
 * proposals but has no query for one, so its position is found from the IDs first and only that
 * proposal's diff is computed; a proposal made in between shifts the list, hence the second try.
 */
export async function findProposal(id: string): Promise<ProposalDetails | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const position = await cursorBefore(id);
    if (!position.found) return null;
    const { data, error } = await panelQuery(PanelChangeProposal, { after: position.after });
    if (error) throw error;
    const proposal = data?.changeProposals.edges[0]?.node;
    if (proposal?.id === id) return proposal;
  }
  return null;
}
