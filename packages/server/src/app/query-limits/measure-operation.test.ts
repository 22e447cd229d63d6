import { buildSchema, Kind, parse, type GraphQLObjectType, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { measureOperation, PageSizeError } from "./measure-operation";

const schema = buildSchema(`
  type Query {
    unit(code: String): Unit
    units(first: Int!, after: String): UnitConnection!
    search(first: Int!): Results!
    node(id: ID!): Node
    entities(representations: [String!]!): [Hit]!
  }
  interface Node { id: ID! }
  type Unit implements Node { id: ID! code: String! parent: Unit children: [Unit!]! matches: [Match!]! }
  type Match { page: Int! }
  type Doc implements Node { id: ID! files: [File!]! }
  type File { name: String! }
  type UnitConnection { totalCount: Int! pageInfo: PageInfo! edges: [UnitEdge!]! }
  type UnitEdge { cursor: String! node: Unit! }
  type PageInfo { hasNextPage: Boolean! }
  type Results { hits: [Hit!]! }
  union Hit = Unit | Doc
`);
// What type-graphql's @Extensions puts on a field.
const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
Object.assign(fields("Unit").matches!, { extensions: { listSize: 3 } });
Object.assign(fields("Query").search!, { extensions: { cost: 10 } });
Object.assign(fields("Query").entities!, { extensions: { listSizeArgument: "representations" } });

function measure(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return measureOperation(schema, document, operation as OperationDefinitionNode, variables);
}

describe("measureOperation: cost", () => {
  it("charges 1 per object and nothing for scalars", () => {
    expect(measure(`{ unit(code: "20") { id code parent { code parent { code } } } }`)?.cost).toBe(3);
  });

  it("multiplies a connection's items by first, not its totals", () => {
    const query = `{ units(first: 10) { totalCount pageInfo { hasNextPage } edges { node { code parent { code } } } } }`;
    // units 1 + pageInfo 1 + 10 edges × (edge 1 + node 1 + parent 1)
    expect(measure(query)?.cost).toBe(32);
  });

  it("takes first from variables and measures a list without a size at 10 items", () => {
    const query = `query ($n: Int!) { units(first: $n) { edges { node { children { code } } } } }`;
    expect(measure(query, { n: 5 })?.cost).toBe(1 + 5 * (1 + 1 + 10));
  });

  it("uses a field's listSize and cost extensions", () => {
    expect(measure(`{ unit { matches { page } } }`)?.cost).toBe(1 + 3);
    expect(measure(`{ search(first: 20) { hits { ... on Unit { code } } } }`)?.cost).toBe(10 + 20);
  });

  it("charges a list by the length of the argument its listSizeArgument names", () => {
    const query = `query ($keys: [String!]!) { entities(representations: $keys) { ... on Unit { children { code } } } }`;
    expect(measure(query, { keys: ["a", "b", "c"] })?.cost).toBe(3 * (1 + 10));
    expect(measure(`{ entities(representations: ["a"]) { ... on Doc { id } } }`)?.cost).toBe(1);
  });

  it("counts a field selected by two fragments once, as execution merges it", () => {
    const twice = `{ unit { ...A ...B } } fragment A on Unit { children { code } } fragment B on Unit { children { id } }`;
    expect(measure(twice)?.cost).toBe(1 + 10);
  });

  it("charges a union or interface for its most expensive branch", () => {
    const query = `{ search(first: 2) { hits { ... on Unit { parent { code } } ... on Doc { files { name } } } } }`;
    expect(measure(query)?.cost).toBe(10 + 2 * (1 + 10));
    expect(measure(`{ node(id: "x") { id ... on Doc { files { name } } } }`)?.cost).toBe(1 + 10);
  });

  it("gives introspection no cost and no depth", () => {
    const introspection = `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`;
    expect(measure(introspection)).toEqual({ cost: 0, depth: 0, aliases: 0 });
  });

  it("refuses a connection page size outside 1..100 before anything runs, naming the argument", () => {
    for (const first of [0, 101]) {
      expect(() =>
        measure(`query ($first: Int!) { units(first: $first) { totalCount } }`, { first }),
      ).toThrow(PageSizeError);
    }
    expect(() => measure(`{ units(first: 101) { totalCount } }`)).toThrow(
      /^first: must be between 1 and 100$/,
    );
  });

  it("leaves variables that do not coerce to execution, which refuses them before any resolver", () => {
    expect(measure(`query ($n: Int!) { units(first: $n) { totalCount } }`, { n: "many" })).toBeNull();
  });
});

describe("measureOperation: depth and aliases", () => {
  it("counts the deepest nesting through fragments", () => {
    const query = `{ unit { ...P } } fragment P on Unit { parent { parent { code } } }`;
    expect(measure(query)?.depth).toBe(4);
  });

  it("counts aliases once per use of the fragment they are in", () => {
    const query = `{ a: unit(code: "1") { ...F } b: unit(code: "2") { ...F } } fragment F on Unit { x: code y: id }`;
    expect(measure(query)?.aliases).toBe(6);
  });

  it("measures nested fragments that double at every level without expanding them", () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, level) =>
        `fragment F${level} on Unit { parent { ...F${level + 1} } children { ...F${level + 1} } }`,
    ).join("\n");
    const query = `{ unit { ...F0 } } ${fragments} fragment F${levels} on Unit { code }`;
    const started = performance.now();
    const result = measure(query);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result?.depth).toBe(levels + 2);
    expect(result!.cost).toBeGreaterThan(10 ** levels);
  });
});
