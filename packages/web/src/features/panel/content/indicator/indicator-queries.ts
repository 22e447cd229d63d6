import { graphql } from "@/__generated__";

export const PanelIndicators = graphql(`
  query PanelIndicators {
    indicators(first: 500) {
      totalCount
      edges {
        node {
          code
          name
          programme
          unit
          latestYear
          isDemo
        }
      }
    }
  }
`);

export const ImportPanelIndicatorValues = graphql(`
  mutation ImportPanelIndicatorValues($csv: String!) {
    importIndicatorValues(csv: $csv) {
      imported
      inserted
      updated
      userErrors {
        field
        message
      }
    }
  }
`);
