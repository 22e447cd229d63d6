import { InvalidInputError } from "../../modules/common/errors";
import type { RequestContext } from "../context";

/** What a gateway sends to `_entities`: the type and the fields of one of its keys. */
export type EntityRepresentation = { __typename: string } & Record<string, unknown>;

interface Entity {
  /** The `fields` of each `@key`; the first is the one this hub's own records are referred to by. */
  keys: readonly string[];
  /**
   * Loads one representation through the module's service, so visibility is the API's (anonymous
   * callers get published records only) and the lookups of one `_entities` call share one query.
   */
  resolveReference(representation: EntityRepresentation, context: RequestContext): Promise<unknown>;
}

function keyValue(representation: EntityRepresentation, key: string): string {
  const value = representation[key];
  if (typeof value !== "string") {
    throw new InvalidInputError("representations", `a ${representation.__typename} needs its ${key}`);
  }
  return value;
}

/**
 * The hub's entities: other subgraphs refer to organizations and services by their global IDs and to
 * territorial units by the TERYT code every Polish register shares.
 */
export const SUBGRAPH_ENTITIES: Record<string, Entity> = {
  Organization: {
    keys: ["id"],
    resolveReference: (representation, { organizations }) =>
      organizations.findById(keyValue(representation, "id"), "representations"),
  },
  Service: {
    keys: ["id"],
    resolveReference: (representation, { services }) =>
      services.findVisibleById(keyValue(representation, "id"), "representations"),
  },
  TerritorialUnit: {
    keys: ["code"],
    resolveReference: (representation, { territory }) =>
      territory.findByCode(keyValue(representation, "code")),
  },
};
