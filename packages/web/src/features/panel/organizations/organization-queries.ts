import { graphql } from "@/__generated__";

/** Staff see drafts by default; `states` narrows to DRAFT, PUBLISHED or ARCHIVED. */
export const PanelOrganizations = graphql(`
  query PanelOrganizations($filter: OrganizationFilter, $first: Int!, $after: String) {
    organizations(filter: $filter, first: $first, after: $after, orderBy: NAME) {
      totalCount
      edges {
        node {
          id
          name
          nip
          legalForm
          publicationState
          isDemo
          lastVerifiedAt
        }
      }
    }
  }
`);

export const PanelOrganizationEdit_organization = graphql(`
  fragment PanelOrganizationEdit_organization on Organization {
    id
    slug
    name
    shortName
    legalForm
    pesType
    foundingBody
    nip
    regon
    krs
    isActive
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
    areasServed {
      code
    }
    contact {
      email
      phone
      website
    }
    employeeCount
    employeesAtRiskCount
    description
    offerings {
      id
      kind
      name
      description
      cpvCodes
    }
    lastVerifiedAt
    lastVerifiedSource
  }
`);

export const PanelOrganization = graphql(`
  query PanelOrganization($id: ID!) {
    organization(id: $id) {
      id
      slug
      name
      publicationState
      isDemo
      legalForm
      pesType
      nip
      regon
      krs
      description
      lastVerifiedAt
      lastVerifiedSource
      updatedAt
      address {
        streetAddress
        postalCode
        city
      }
      seatGmina {
        code
        name
      }
      contact {
        email
        phone
        website
      }
      offerings {
        id
        kind
        name
        cpvCodes
      }
      socialEnterpriseStatus
      socialEnterpriseDecisions {
        id
        decision
        decisionDate
        decisionNumber
        effectiveFrom
        voivodeshipCode
      }
      certificates {
        id
        type
        number
        validFrom
        validTo
        status
      }
      ...PanelOrganizationEdit_organization
    }
  }
`);
