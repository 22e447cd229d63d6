import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  typeFromAST,
  visit,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";

/** The API's largest page. */
const MAX_PAGE_SIZE = 100;

function sampleValue(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return null;
  const inner = getNullableType(type);
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  switch (inner.name) {
    case "Date":
      return "2026-01-01";
    case "DateTime":
      return "2026-01-01T00:00:00Z";
    case "Int":
    case "Float":
      return 1;
    case "Boolean":
      return true;
    default:
      return "x";
  }
}

/**
 * Variables for measuring an operation at its most expensive: every variable passed as a page size
 * (`first`) is the largest page; the others get the smallest value their type accepts.
 */
export function worstCaseVariables(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  const pageSizes = new Set<string>();
  visit(operation, {
    Argument(argument) {
      if (argument.name.value === "first" && argument.value.kind === Kind.VARIABLE) {
        pageSizes.add(argument.value.name.value);
      }
    },
  });
  const variables: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    variables[name] = pageSizes.has(name) ? MAX_PAGE_SIZE : sampleValue(type);
  }
  return variables;
}
