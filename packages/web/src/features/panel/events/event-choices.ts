import { graphql } from "@/__generated__";
import { panelQuery } from "@/lib/panel/panel-client";

const PanelEventChoices = graphql(`
  query PanelEventChoices(
    $organization: String!
    $withOrganizations: Boolean!
    $document: String!
    $withDocuments: Boolean!
    $practice: String!
    $withPractices: Boolean!
  ) {
    organizations(filter: { text: $organization, publicationStates: [DRAFT, PUBLISHED] }, first: 20)
      @include(if: $withOrganizations) {
      totalCount
      edges {
        node {
          id
          name
          nip
        }
      }
    }
    documents(filter: { text: $document, publicationStates: [DRAFT, PUBLISHED] }, first: 20)
      @include(if: $withDocuments) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
    goodPractices(filter: { text: $practice, publicationStates: [DRAFT, PUBLISHED] }, first: 20)
      @include(if: $withPractices) {
      totalCount
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export interface Choice {
  value: string;
  label: string;
}

export interface FoundChoices {
  options: Choice[];
  total: number;
}

/** What the editor searched for above the event form: `podmiot`, `dokument`, `praktyka`. */
export interface ChoiceSearch {
  organization: string;
  document: string;
  practice: string;
}

export interface EventChoices {
  organizations: FoundChoices | null;
  documents: FoundChoices | null;
  practices: FoundChoices | null;
  failed: boolean;
}

const NONE: EventChoices = { organizations: null, documents: null, practices: null, failed: false };

/** Organizations, documents and good practices matching the searches (only those asked for). */
export async function findEventChoices(search: ChoiceSearch): Promise<EventChoices> {
  if (!search.organization && !search.document && !search.practice) return NONE;
  const { data, error } = await panelQuery(PanelEventChoices, {
    organization: search.organization,
    withOrganizations: Boolean(search.organization),
    document: search.document,
    withDocuments: Boolean(search.document),
    practice: search.practice,
    withPractices: Boolean(search.practice),
  });
  if (error || !data) {
    console.error("Searching choices for an event failed", error);
    return { ...NONE, failed: true };
  }
  return {
    organizations: data.organizations
      ? {
          total: data.organizations.totalCount,
          options: data.organizations.edges.map(({ node }) => ({
            value: node.id,
            label: node.nip ? `${node.name} (NIP ${node.nip})` : node.name,
          })),
        }
      : null,
    documents: data.documents
      ? {
          total: data.documents.totalCount,
          options: data.documents.edges.map(({ node }) => ({ value: node.id, label: node.title })),
        }
      : null,
    practices: data.goodPractices
      ? {
          total: data.goodPractices.totalCount,
          options: data.goodPractices.edges.map(({ node }) => ({ value: node.id, label: node.title })),
        }
      : null,
    failed: false,
  };
}
