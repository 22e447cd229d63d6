import { graphql } from "@/__generated__";
import { panelQuery } from "@/lib/panel/panel-client";

const OrganizationChoices = graphql(`
  query PanelInviteOrganizationChoices($text: String!) {
    organizations(filter: { text: $text, publicationStates: [DRAFT, PUBLISHED] }, first: 20) {
      totalCount
      edges {
        node {
          id
          name
          nip
        }
      }
    }
  }
`);

export interface OrganizationChoice {
  value: string;
  label: string;
}

/** Organizations whose name or NIP/REGON/KRS matches `text`, as options for the representative's organization. */
export async function findOrganizationChoices(
  text: string,
): Promise<{ options: OrganizationChoice[]; total: number } | null> {
  const { data, error } = await panelQuery(OrganizationChoices, { text: text.slice(0, 200) });
  if (error || !data) {
    console.error("Searching organizations for an invitation failed", error);
    return null;
  }
  return {
    total: data.organizations.totalCount,
    options: data.organizations.edges.map(({ node }) => ({
      value: node.id,
      label: node.nip ? `${node.name} (NIP ${node.nip})` : node.name,
    })),
  };
}
