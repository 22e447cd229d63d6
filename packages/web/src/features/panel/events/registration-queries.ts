import { graphql } from "@/__generated__";

export const PanelEventRegistrations = graphql(`
  query PanelEventRegistrations($eventId: ID!, $first: Int!, $after: String) {
    registrations(eventId: $eventId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          name
          email
          institution
          role
          gminaCode
          gmina {
            name
          }
          accessibilityNeeds
          accessibilityNote
          status
          waitingListPosition
          registeredAt
          promotedAt
          cancelledAt
          anonymizedAt
        }
      }
    }
  }
`);

export const PanelEventRegistrationStats = graphql(`
  query PanelEventRegistrationStats($eventId: ID) {
    eventRegistrationStats(eventId: $eventId) {
      eventCount
      confirmedCount
      withoutGminaCount
      byInstitution {
        institution
        count
      }
      byGmina {
        gminaCode
        gminaName
        count
      }
      byRole {
        role
        count
      }
    }
  }
`);

export const CancelPanelRegistration = graphql(`
  mutation CancelPanelRegistration($id: ID!) {
    cancelRegistrationByEditor(id: $id) {
      registration {
        id
        status
      }
      userErrors {
        field
        message
      }
    }
  }
`);
