import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { measureOperation, PageSizeError, type OperationMeasure } from "./measure-operation";

export interface QueryLimits {
  /** Largest estimated cost of one request (GRAPHQL_MAX_COST). */
  maxCost: number;
  /** Deepest nesting of fields. */
  maxDepth: number;
  /** Most aliased fields in one request: aliases are how one request asks for many things at once. */
  maxAliases: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxCost: 5000, maxDepth: 12, maxAliases: 30 };

/** The error codes of refused requests, for the error formatter to pass through. */
export const QUERY_LIMIT_ERROR_CODES = ["QUERY_TOO_COMPLEX", "QUERY_TOO_DEEP", "TOO_MANY_ALIASES"] as const;

const refused = (message: string, extensions: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });

/** The first limit the request breaks, as the error to answer with; null when it keeps them all. */
export function limitRefusal(measure: OperationMeasure, limits: QueryLimits): GraphQLError | null {
  if (measure.depth > limits.maxDepth) {
    return refused(`The query is ${measure.depth} levels deep; at most ${limits.maxDepth} are allowed`, {
      code: "QUERY_TOO_DEEP",
      depth: measure.depth,
      maximum: limits.maxDepth,
    });
  }
  if (measure.aliases > limits.maxAliases) {
    return refused(`The query has ${measure.aliases} aliases; at most ${limits.maxAliases} are allowed`, {
      code: "TOO_MANY_ALIASES",
      aliases: measure.aliases,
      maximum: limits.maxAliases,
    });
  }
  if (measure.cost > limits.maxCost) {
    return refused(
      `The query costs ${measure.cost}, more than the ${limits.maxCost} allowed per request: ask for smaller pages (first) or fewer fields`,
      { code: "QUERY_TOO_COMPLEX", cost: measure.cost, maximum: limits.maxCost },
    );
  }
  return null;
}

/**
 * Measures every operation once it is parsed and validated, before anything executes: a request
 * over a limit is answered 400 without running a resolver. Every measured answer reports its cost
 * in `extensions.cost`, so clients can see how close they are.
 */
export function queryLimitsPlugin<TContext extends object>(
  limits: QueryLimits,
  /** Called with every measured cost within the limits; may refuse the request by throwing. */
  onMeasured?: (context: TContext, cost: number) => void,
): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: async ({ contextValue }) => {
      let measure: OperationMeasure | null = null;
      return {
        didResolveOperation: async ({ schema, document, operation, request }) => {
          if (!operation) return;
          try {
            measure = measureOperation(schema, document, operation, request.variables ?? {});
          } catch (error) {
            if (!(error instanceof PageSizeError)) throw error;
            throw refused(error.message, { code: "BAD_USER_INPUT", field: error.argument });
          }
          const refusal = measure && limitRefusal(measure, limits);
          if (refusal) throw refusal;
          if (measure) onMeasured?.(contextValue, measure.cost);
        },
        willSendResponse: async ({ response }) => {
          if (!measure || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requested: measure.cost, maximum: limits.maxCost },
          };
        },
      };
    },
  };
}
