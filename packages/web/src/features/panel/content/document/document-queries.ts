import { graphql } from "@/__generated__";

export const PanelDocuments = graphql(`
  query PanelDocuments($first: Int!, $after: String, $filter: DocumentFilter) {
    documents(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          kind
          publicationState
          isDemo
          updatedAt
          files {
            id
            textState
          }
        }
      }
    }
  }
`);

export const PanelDocumentRecord = graphql(`
  query PanelDocumentRecord($id: ID!) {
    document(id: $id) {
      id
      title
      kind
      stage
      status
      summary
      tags
      publicationState
      isDemo
      updatedAt
      territorialUnit {
        code
        name
      }
      periodFromYear
      periodToYear
      inForceFrom
      inForceTo
      repealedOn
      act {
        body
        number
        date
      }
      relatedOrganizations {
        id
        name
      }
      relatedServices {
        id
        title
      }
      files {
        id
        fileName
        byteSize
        pageCount
        textState
        uploadedAt
        pages(first: 1) {
          pageNumber
          text
        }
      }
    }
  }
`);

export const CreatePanelDocument = graphql(`
  mutation CreatePanelDocument($input: DocumentInput!) {
    createDocument(input: $input) {
      document {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const UpdatePanelDocument = graphql(`
  mutation UpdatePanelDocument($id: ID!, $input: DocumentInput!) {
    updateDocument(id: $id, input: $input) {
      document {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const PublishPanelDocument = graphql(`
  mutation PublishPanelDocument($id: ID!) {
    publishDocument(id: $id) {
      document {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const ArchivePanelDocument = graphql(`
  mutation ArchivePanelDocument($id: ID!) {
    archiveDocument(id: $id) {
      document {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);
