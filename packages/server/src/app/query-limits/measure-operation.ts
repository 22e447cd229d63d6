import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isAbstractType,
  isCompositeType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { MAX_PAGE_SIZE } from "../../modules/common/pagination";

/** A list without a page size argument is assumed to hold this many items. */
export const DEFAULT_LIST_SIZE = 10;

export interface OperationMeasure {
  /** Estimated work: 1 per object the answer may hold (lists and pages multiplied), see fieldCost. */
  cost: number;
  /** Deepest nesting of fields. */
  depth: number;
  /** Aliased fields, counted once per use of the fragment they are in. */
  aliases: number;
}

/** A connection's page size outside 1..MAX_PAGE_SIZE, found before anything runs. */
export class PageSizeError extends Error {
  constructor(readonly argument: string) {
    super(`${argument}: must be between 1 and ${MAX_PAGE_SIZE}`);
    this.name = "PageSizeError";
  }
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  costs: Map<string, number>;
  ids: Map<SelectionSetNode, number>;
}

const isIntrospection = (field: FieldNode) => field.name.value.startsWith("__");

/**
 * Cost, depth and aliases of the operation, from the request alone (nothing is resolved).
 * Introspection fields cost nothing and add no depth, so GraphiQL and codegen are never refused.
 * Returns null when the variables do not coerce: execution refuses those before any resolver runs.
 * Throws PageSizeError for a connection asked for fewer than 1 or more than MAX_PAGE_SIZE items.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown>,
): OperationMeasure | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  if (coerced.errors) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return null;
  const walk: Walk = { schema, fragments, variables: coerced.coerced, costs: new Map(), ids: new Map() };
  return {
    cost: selectionCost(walk, [operation.selectionSet], root, undefined),
    depth: depthOf(fragments, operation.selectionSet, new Map()),
    aliases: aliasesOf(fragments, operation.selectionSet, new Map()),
  };
}

/** The most expensive concrete type the selection may meet: hits of a union take one branch each. */
function selectionCost(
  walk: Walk,
  selectionSets: readonly SelectionSetNode[],
  parentType: GraphQLCompositeType,
  pageSize: number | undefined,
): number {
  const concrete = isAbstractType(parentType) ? walk.schema.getPossibleTypes(parentType) : [parentType];
  return Math.max(0, ...concrete.map((type) => typeCost(walk, selectionSets, type, pageSize)));
}

/**
 * Fields are merged by response key as execution merges them, so a field two fragments select is
 * counted once. Memoized by the selection sets themselves: a fragment spread at many places is
 * measured once, which keeps the measuring linear however the fragments nest.
 */
function typeCost(
  walk: Walk,
  selectionSets: readonly SelectionSetNode[],
  type: GraphQLObjectType,
  pageSize: number | undefined,
): number {
  const key = `${type.name}|${pageSize ?? ""}|${selectionSets.map((set) => idOf(walk, set)).join(",")}`;
  const known = walk.costs.get(key);
  if (known !== undefined) return known;
  const fields = new Map<string, FieldNode[]>();
  collectFields(walk, selectionSets, type, fields, new Set());
  let cost = 0;
  for (const nodes of fields.values()) cost += fieldCost(walk, nodes, type, pageSize);
  walk.costs.set(key, cost);
  return cost;
}

function idOf(walk: Walk, selectionSet: SelectionSetNode): number {
  let id = walk.ids.get(selectionSet);
  if (id === undefined) {
    id = walk.ids.size;
    walk.ids.set(selectionSet, id);
  }
  return id;
}

function collectFields(
  walk: Walk,
  selectionSets: readonly SelectionSetNode[],
  type: GraphQLObjectType,
  fields: Map<string, FieldNode[]>,
  visitedFragments: Set<string>,
): void {
  for (const selectionSet of selectionSets) {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const responseKey = selection.alias?.value ?? selection.name.value;
        fields.set(responseKey, [...(fields.get(responseKey) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(walk.schema, selection.typeCondition?.name.value, type)) {
          collectFields(walk, [selection.selectionSet], type, fields, visitedFragments);
        }
      } else if (!visitedFragments.has(selection.name.value)) {
        visitedFragments.add(selection.name.value);
        const fragment = walk.fragments.get(selection.name.value);
        if (fragment && applies(walk.schema, fragment.typeCondition.name.value, type)) {
          collectFields(walk, [fragment.selectionSet], type, fields, visitedFragments);
        }
      }
    }
  }
}

function applies(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (condition === undefined || condition === type.name) return true;
  const conditionType = schema.getType(condition);
  return !!conditionType && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
}

/**
 * Objects cost 1 each (or their field's `cost` extension); scalars and enums are read from an object
 * already loaded and cost nothing unless their field says otherwise. A list of objects multiplies:
 * by its own `first`, else by the page size of the connection it sits in, else by the length of the
 * list argument its `listSizeArgument` extension names (one item per input, e.g. Federation's
 * `_entities(representations)`), else by its field's `listSize` extension (a known bound), else by
 * DEFAULT_LIST_SIZE. A connection's `first` multiplies the lists directly inside it (`edges`,
 * `hits`), not its totals.
 */
function fieldCost(
  walk: Walk,
  nodes: readonly FieldNode[],
  parentType: GraphQLObjectType,
  enclosingPageSize: number | undefined,
): number {
  const field = nodes[0]!;
  if (isIntrospection(field)) return 0;
  const definition = parentType.getFields()[field.name.value];
  if (!definition) return 0;
  const { cost, listSize, listSizeArgument } = definition.extensions;
  const namedType = getNamedType(definition.type);
  const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  if (!isCompositeType(namedType) || selectionSets.length === 0) return typeof cost === "number" ? cost : 0;
  const args = getArgumentValues(definition, field, walk.variables);
  const first = typeof args.first === "number" ? args.first : undefined;
  const isList = isListType(getNullableType(definition.type));
  if (!isList && isConnection(namedType) && !isPageSize(first)) throw new PageSizeError("first");
  const inputs = typeof listSizeArgument === "string" ? args[listSizeArgument] : undefined;
  const items = isList
    ? (first ??
      enclosingPageSize ??
      (Array.isArray(inputs) ? inputs.length : undefined) ??
      (typeof listSize === "number" ? listSize : DEFAULT_LIST_SIZE))
    : 1;
  const own = typeof cost === "number" ? cost : 1;
  return items * (own + selectionCost(walk, selectionSets, namedType, isList ? undefined : first));
}

const isPageSize = (first: number | undefined) =>
  first !== undefined && Number.isInteger(first) && first >= 1 && first <= MAX_PAGE_SIZE;

function isConnection(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && "edges" in type.getFields() && "pageInfo" in type.getFields();
}

function depthOf(
  fragments: Map<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  memo: Map<string, number>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    let depth = 0;
    if (selection.kind === Kind.FIELD) {
      if (isIntrospection(selection)) continue;
      depth = 1 + (selection.selectionSet ? depthOf(fragments, selection.selectionSet, memo) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      depth = depthOf(fragments, selection.selectionSet, memo);
    } else {
      depth = memoized(memo, fragments, selection.name.value, (set) => depthOf(fragments, set, memo));
    }
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

function aliasesOf(
  fragments: Map<string, FragmentDefinitionNode>,
  selectionSet: SelectionSetNode,
  memo: Map<string, number>,
): number {
  let count = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      count +=
        (selection.alias ? 1 : 0) +
        (selection.selectionSet ? aliasesOf(fragments, selection.selectionSet, memo) : 0);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      count += aliasesOf(fragments, selection.selectionSet, memo);
    } else {
      count += memoized(memo, fragments, selection.name.value, (set) => aliasesOf(fragments, set, memo));
    }
  }
  return count;
}

function memoized(
  memo: Map<string, number>,
  fragments: Map<string, FragmentDefinitionNode>,
  name: string,
  measure: (selectionSet: SelectionSetNode) => number,
): number {
  const known = memo.get(name);
  if (known !== undefined) return known;
  const fragment = fragments.get(name);
  const value = fragment ? measure(fragment.selectionSet) : 0;
  memo.set(name, value);
  return value;
}
