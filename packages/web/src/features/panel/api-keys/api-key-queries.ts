import { graphql } from "@/__generated__";

export const PanelApiKeys = graphql(`
  query PanelApiKeys($first: Int!, $includeRevoked: Boolean!) {
    apiKeys(first: $first, includeRevoked: $includeRevoked) {
      totalCount
      edges {
        node {
          id
          name
          partner
          prefix
          scopes
          createdAt
          lastUsedAt
          expiresAt
          revokedAt
          createdBy {
            displayName
          }
        }
      }
    }
  }
`);
