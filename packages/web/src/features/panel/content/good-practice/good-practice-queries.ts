import { graphql } from "@/__generated__";

export const PanelGoodPractices = graphql(`
  query PanelGoodPractices($first: Int!, $after: String, $filter: GoodPracticeFilter) {
    goodPractices(first: $first, after: $after, filter: $filter) {
      totalCount
      edges {
        node {
          id
          title
          publicationState
          isDemo
          updatedAt
          period {
            fromYear
            toYear
          }
        }
      }
    }
  }
`);

export const PanelGoodPracticeRecord = graphql(`
  query PanelGoodPracticeRecord($id: ID!) {
    goodPractice(id: $id) {
      id
      title
      slug
      summary
      bodyMarkdown
      bodyHtml
      publicationState
      isDemo
      updatedAt
      areas {
        code
        name
      }
      serviceAreas
      targetGroups
      period {
        fromYear
        fromDate
        toYear
        toDate
      }
      organizations {
        id
        name
      }
      contact {
        name
        email
        phone
      }
      funding {
        kinds
        source
      }
      results {
        indicator
        unit
        value
      }
      attachments {
        title
        url
      }
    }
  }
`);

export const CreatePanelGoodPractice = graphql(`
  mutation CreatePanelGoodPractice($input: GoodPracticeInput!) {
    createGoodPractice(input: $input) {
      goodPractice {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const UpdatePanelGoodPractice = graphql(`
  mutation UpdatePanelGoodPractice($id: ID!, $input: GoodPracticeInput!) {
    updateGoodPractice(id: $id, input: $input) {
      goodPractice {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const PublishPanelGoodPractice = graphql(`
  mutation PublishPanelGoodPractice($id: ID!) {
    publishGoodPractice(id: $id) {
      goodPractice {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const ArchivePanelGoodPractice = graphql(`
  mutation ArchivePanelGoodPractice($id: ID!) {
    archiveGoodPractice(id: $id) {
      goodPractice {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);
