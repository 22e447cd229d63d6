import { graphql } from "@/__generated__";

/** Everything OrganizationInput needs: a proposal replaces the whole record, so it starts from this. */
export const PanelMyOrganization = graphql(`
  query PanelMyOrganization($id: ID!) {
    organization(id: $id) {
      id
      name
      shortName
      slug
      legalForm
      pesType
      nip
      regon
      krs
      description
      foundingBody
      employeeCount
      employeesAtRiskCount
      isActive
      lastVerifiedAt
      lastVerifiedSource
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
      contact {
        email
        phone
        website
      }
      areasServed {
        code
      }
      offerings {
        kind
        name
        description
        cpvCodes
      }
    }
  }
`);

/** The organization's services, by title, for the representative's list (a page at a time). */
export const PanelMyServices = graphql(`
  query PanelMyServices($providerId: ID!, $first: Int!, $after: String) {
    services(filter: { providerId: $providerId }, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

/** One service with everything ServiceInput needs, and its provider to check it is the representative's. */
export const PanelMyService = graphql(`
  query PanelMyService($id: ID!) {
    service(id: $id) {
      id
      provider {
        id
      }
      title
      slug
      description
      serviceType
      targetGroups
      deliveryModes
      languages
      accessibilityFeatures
      legalBasis
      waitingTimeText
      validFrom
      validTo
      lastVerifiedAt
      lastVerifiedSource
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
      areasServed {
        code
      }
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
