import { graphql } from "@/__generated__";

export const PanelIndicators = graphql(`
  query PanelIndicators($first: Int!, $after: String) {
    indicators(first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
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

export const PanelIndicatorRecord = graphql(`
  query PanelIndicatorRecord($code: String!) {
    indicator(code: $code) {
      code
      name
      programme
      area
      unit
      definition
      source
      direction
      isDemo
      latestYear
    }
  }
`);

export const PanelIndicatorValues = graphql(`
  query PanelIndicatorValues($code: String!, $unitCodes: [String!]!) {
    indicatorSeries(code: $code, areaCodes: $unitCodes) {
      units {
        territorialUnit {
          code
          name
        }
        values {
          year
          value
          baseline
          target
          source
          note
          isDemo
        }
      }
    }
  }
`);

export const CreatePanelIndicator = graphql(`
  mutation CreatePanelIndicator($code: String!, $input: IndicatorInput!) {
    createIndicator(code: $code, input: $input) {
      indicator {
        code
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const UpdatePanelIndicator = graphql(`
  mutation UpdatePanelIndicator($code: String!, $input: IndicatorInput!) {
    updateIndicator(code: $code, input: $input) {
      indicator {
        code
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const SetPanelIndicatorValue = graphql(`
  mutation SetPanelIndicatorValue($input: IndicatorValueInput!) {
    setIndicatorValue(input: $input) {
      indicatorValue {
        year
      }
      userErrors {
        field
        message
      }
    }
  }
`);

export const DeletePanelIndicatorValue = graphql(`
  mutation DeletePanelIndicatorValue($indicatorCode: String!, $territorialUnitCode: String!, $year: Int!) {
    deleteIndicatorValue(
      indicatorCode: $indicatorCode
      territorialUnitCode: $territorialUnitCode
      year: $year
    ) {
      deleted
      userErrors {
        field
        message
      }
    }
  }
`);
