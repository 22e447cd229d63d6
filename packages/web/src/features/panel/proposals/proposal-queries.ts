import { graphql } from "@/__generated__";

export const PanelChangeProposals = graphql(`
  query PanelChangeProposals($status: ChangeProposalStatus, $first: Int!, $after: String) {
    changeProposals(status: $status, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          status
          targetType
          isNewRecord
          createdAt
          reviewedAt
          reviewMessage
          organization {
            id
            name
            slug
          }
          service {
            id
            title
            slug
          }
          author {
            id
            displayName
          }
        }
      }
    }
  }
`);

export const PanelChangeProposalIds = graphql(`
  query PanelChangeProposalIds($first: Int!, $after: String) {
    changeProposals(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`);

export const PanelChangeProposal = graphql(`
  query PanelChangeProposal($after: String) {
    changeProposals(first: 1, after: $after) {
      edges {
        node {
          id
          status
          targetType
          isNewRecord
          createdAt
          reviewedAt
          reviewMessage
          proposedValues
          diff {
            field
            label
            before
            after
          }
          organization {
            id
            name
            slug
          }
          service {
            id
            title
            slug
          }
          author {
            id
            displayName
          }
          reviewer {
            id
            displayName
          }
        }
      }
    }
  }
`);
