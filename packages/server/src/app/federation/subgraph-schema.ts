import { buildSubgraphSchema } from "@apollo/subgraph";
import {
  graphql,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
} from "graphql";
import { createResolversMap } from "type-graphql";
import { printApiSchema } from "../schema";
import { SUBGRAPH_ENTITIES, type EntityRepresentation } from "./entity-references";
import type { RequestContext } from "../context";

/** `@key` is all the subgraph uses; an early 2.x keeps it composable by older gateways and routers. */
export const FEDERATION_SPEC_URL = "https://specs.apollo.dev/federation/v2.3";

/** One `{ typeDefs, resolvers }` module; 2.15 takes modules only in an array, so this uses that form. */
type SubgraphModule = Exclude<
  Extract<Parameters<typeof buildSubgraphSchema>[0], readonly unknown[]>[number],
  DocumentNode
>;

/**
 * The API schema as an Apollo Federation 2 subgraph: the same types, fields and resolvers as
 * /graphql plus `@key` on the entities, `_service { sdl }` and `_entities`. Built from the printed
 * API schema, so /graphql itself carries no federation directive.
 */
export function buildSubgraphApiSchema(apiSchema: GraphQLSchema): GraphQLSchema {
  const schema = buildSubgraphSchema([
    {
      typeDefs: withFederation(parse(printApiSchema(apiSchema))),
      // type-graphql's map holds the very resolvers /graphql runs (guards, middlewares, scalars).
      resolvers: createResolversMap(apiSchema) as SubgraphModule["resolvers"],
    },
    { typeDefs: { kind: Kind.DOCUMENT, definitions: [] }, resolvers: referenceResolvers() },
  ]);
  carryFieldExtensions(apiSchema, schema);
  return schema;
}

function referenceResolvers(): SubgraphModule["resolvers"] {
  return Object.fromEntries(
    Object.entries(SUBGRAPH_ENTITIES).map(([typeName, entity]) => [
      typeName,
      {
        __resolveReference: (representation: EntityRepresentation, context: RequestContext) =>
          entity.resolveReference(representation, context),
      },
    ]),
  );
}

/** The SDL the subgraph answers `_service { sdl }` with: what a gateway composes. */
export async function printSubgraphApiSchema(subgraphSchema: GraphQLSchema): Promise<string> {
  const result = await graphql({ schema: subgraphSchema, source: "{ _service { sdl } }" });
  const sdl = (result.data?._service as { sdl?: string } | undefined)?.sdl;
  if (!sdl) throw new Error(`The subgraph did not print its SDL: ${JSON.stringify(result.errors)}`);
  return `${sdl.trimEnd()}\n`;
}

function withFederation(document: DocumentNode): DocumentNode {
  const missing = new Set(Object.keys(SUBGRAPH_ENTITIES));
  const keyed = visit(document, {
    ObjectTypeDefinition(node) {
      const entity = SUBGRAPH_ENTITIES[node.name.value];
      if (!entity) return undefined;
      missing.delete(node.name.value);
      return { ...node, directives: [...(node.directives ?? []), ...keyDirectives(entity.keys)] };
    },
  });
  if (missing.size > 0) throw new Error(`Entities missing from the API schema: ${[...missing].join(", ")}`);
  const link = parse(`extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key"])`);
  return { kind: Kind.DOCUMENT, definitions: [...link.definitions, ...keyed.definitions] };
}

function keyDirectives(keys: readonly string[]) {
  const sdl = `type Entity ${keys.map((fields) => `@key(fields: ${JSON.stringify(fields)})`).join(" ")}`;
  return (parse(sdl).definitions[0] as ObjectTypeDefinitionNode).directives ?? [];
}

/**
 * Field extensions (`cost`, `listSize`) do not survive SDL, but the query limits read them; and
 * `_entities` costs one item per representation.
 */
function carryFieldExtensions(apiSchema: GraphQLSchema, subgraphSchema: GraphQLSchema): void {
  for (const type of Object.values(apiSchema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    const target = subgraphSchema.getType(type.name);
    if (!isObjectType(target) && !isInterfaceType(target)) continue;
    const targetFields = target.getFields();
    for (const field of Object.values(type.getFields())) {
      const targetField = targetFields[field.name];
      if (targetField && Object.keys(field.extensions).length > 0) {
        targetField.extensions = { ...targetField.extensions, ...field.extensions };
      }
    }
  }
  const entities = subgraphSchema.getQueryType()?.getFields()._entities;
  if (entities) entities.extensions = { ...entities.extensions, listSizeArgument: "representations" };
}
