import { graphql } from "@/__generated__";

export const PanelCertificates = graphql(`
  query PanelCertificates($filter: CertificateFilter, $first: Int!, $after: String) {
    certificates(filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          type
          number
          validFrom
          validTo
          status
          isDemo
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

export const PanelCertificate = graphql(`
  query PanelCertificate($id: ID!) {
    certificate(id: $id) {
      id
      type
      number
      grantingBody
      decisionDate
      validFrom
      validTo
      status
      revoked
      revokedReason
      isDemo
      offerings {
        id
        name
        description
        cpvCodes
      }
      organization {
        id
        name
      }
    }
  }
`);

export const PanelCertificateHolder = graphql(`
  query PanelCertificateHolder($id: ID!) {
    organization(id: $id) {
      id
      name
      offerings {
        id
        name
        description
        cpvCodes
      }
    }
  }
`);
