import { graphql } from "@/__generated__";

export const PanelAuditLog = graphql(`
  query PanelAuditLog($filter: AuditLogFilter, $first: Int!, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          occurredAt
          action
          entityType
          entityId
          actor {
            id
            displayName
            role
          }
          changes {
            field
            label
            before
            after
          }
        }
      }
    }
  }
`);
