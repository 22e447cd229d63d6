import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parse(value: unknown): string {
  if (typeof value !== "string" || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new GraphQLError("Date must be a calendar date in the form YYYY-MM-DD");
  }
  return value;
}

export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date without time zone, ISO 8601 (YYYY-MM-DD)",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parse(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string YYYY-MM-DD");
    return parse(ast.value);
  },
});
