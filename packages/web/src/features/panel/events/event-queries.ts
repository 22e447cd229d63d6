import { graphql } from "@/__generated__";

export const PanelEvents = graphql(`
  query PanelEvents($first: Int!, $after: String, $filter: EventFilter) {
    events(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          kind
          startsAt
          endsAt
          publicationState
          isDemo
          capacity
          confirmedCount
          waitingListCount
        }
      }
    }
  }
`);

export const PanelEventRecord = graphql(`
  query PanelEventRecord($id: ID!) {
    event(id: $id) {
      id
      slug
      kind
      title
      summary
      descriptionMarkdown
      descriptionHtml
      audiences
      targetGroups
      topics
      serviceAreas
      startsAt
      endsAt
      startsAtLocal
      endsAtLocal
      venue {
        name
        streetAddress
        postalCode
        city
        gminaCode
        gmina {
          name
        }
        latitude
        longitude
      }
      onlineUrl
      capacity
      registrationOpensAt
      registrationClosesAt
      registrationState
      registrationCount
      confirmedCount
      waitingListCount
      placesLeft
      organizer {
        id
        name
      }
      organizerName
      documents {
        id
        title
      }
      goodPractices {
        id
        title
      }
      publicationState
      isDemo
      updatedAt
    }
  }
`);

export const CreatePanelEvent = graphql(`
  mutation CreatePanelEvent($input: EventInput!) {
    createEvent(input: $input) {
      event {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const UpdatePanelEvent = graphql(`
  mutation UpdatePanelEvent($id: ID!, $input: EventInput!) {
    updateEvent(id: $id, input: $input) {
      event {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const PublishPanelEvent = graphql(`
  mutation PublishPanelEvent($id: ID!) {
    publishEvent(id: $id) {
      event {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const ArchivePanelEvent = graphql(`
  mutation ArchivePanelEvent($id: ID!) {
    archiveEvent(id: $id) {
      event {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);
