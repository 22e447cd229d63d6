import { graphql } from "@/__generated__";

export const PanelServices = graphql(`
  query PanelServices($first: Int!, $after: String, $filter: ServiceFilter) {
    services(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          publicationState
          isDemo
          updatedAt
          lastVerifiedAt
          provider {
            id
            name
          }
        }
      }
    }
  }
`);

export const PanelServiceRecord = graphql(`
  query PanelServiceRecord($id: ID!) {
    service(id: $id) {
      id
      title
      slug
      description
      serviceType
      publicationState
      isDemo
      updatedAt
      lastVerifiedAt
      lastVerifiedSource
      provider {
        id
        name
      }
      targetGroups
      deliveryModes
      accessibilityFeatures
      languages
      areasServed {
        code
        name
      }
      cost {
        kind
        amount
        unit
        explanation
      }
      eligibility {
        text
        minAge
        maxAge
        disabilityCertificateRequired
        incomeCriterion
        residenceRequired
      }
      howToApply {
        text
        requiredDocuments
      }
      waitingTimeText
      legalBasis
      validFrom
      validTo
      locations {
        name
        address {
          streetAddress
          postalCode
          city
          gminaCode
        }
        coordinates {
          latitude
          longitude
        }
        openingHours {
          weekday
          opens
          closes
        }
        exceptions {
          date
          closed
          opens
          closes
          note
        }
      }
    }
  }
`);

/** The organizations a service may name as its provider, by name. */
export const PanelProviderChoices = graphql(`
  query PanelProviderChoices($first: Int!, $after: String) {
    organizations(
      first: $first
      after: $after
      orderBy: NAME
      filter: { publicationStates: [DRAFT, PUBLISHED] }
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CreatePanelService = graphql(`
  mutation CreatePanelService($input: ServiceInput!) {
    createService(input: $input) {
      service {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const UpdatePanelService = graphql(`
  mutation UpdatePanelService($id: ID!, $input: ServiceInput!) {
    updateService(id: $id, input: $input) {
      service {
        id
        updatedAt
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const PublishPanelService = graphql(`
  mutation PublishPanelService($id: ID!) {
    publishService(id: $id) {
      service {
        id
        publicationState
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const ArchivePanelService = graphql(`
  mutation ArchivePanelService($id: ID!) {
    archiveService(id: $id) {
      service {
        id
        publicationState
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const VerifyPanelService = graphql(`
  mutation VerifyPanelService($id: ID!, $source: String!) {
    verifyService(id: $id, source: $source) {
      service {
        id
        lastVerifiedAt
      }
      userErrors {
        field
        message
      }
    }
  }
`);
