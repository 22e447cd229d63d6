import { graphql } from "@/__generated__";

export const PanelUsers = graphql(`
  query PanelUsers(
    $first: Int!
    $after: String
    $role: UserRole
    $query: String
    $includeInactive: Boolean!
  ) {
    users(first: $first, after: $after, role: $role, query: $query, includeInactive: $includeInactive) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          displayName
          email
          role
          isActive
          lastLoginAt
          activeSessionCount
          organization {
            id
            name
          }
        }
      }
    }
  }
`);
