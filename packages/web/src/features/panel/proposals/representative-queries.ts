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

/** The organization's services with everything ServiceInput needs. */
export const PanelMyServices = graphql(`
  query PanelMyServices($providerId: ID!) {
    services(filter: { providerId: $providerId }, first: 100) {
      totalCount
      edges {
        node {
          id
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
    }
  }
`);
