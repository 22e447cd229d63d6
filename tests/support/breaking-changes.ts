import {
  BreakingChangeType,
  DangerousChangeType,
  findBreakingChanges,
  findDangerousChanges,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLSchema,
} from "graphql";

export interface BreakingChange {
  /** Schema coordinate: `Type`, `Type.field`, `Type.field(arg:)`, `Enum.VALUE` or `@directive`. */
  coordinate: string;
  description: string;
}

const patterns: Partial<Record<string, [RegExp, (match: string[]) => string]>> = {
  [BreakingChangeType.TYPE_REMOVED]: [/^(\w+) was removed\.$/, ([, type]) => type!],
  [BreakingChangeType.TYPE_CHANGED_KIND]: [/^(\w+) changed from/, ([, type]) => type!],
  [BreakingChangeType.TYPE_REMOVED_FROM_UNION]: [/ from union type (\w+)\.$/, ([, union]) => union!],
  [BreakingChangeType.VALUE_REMOVED_FROM_ENUM]: [
    /^(\w+) was removed from enum type (\w+)\.$/,
    ([, value, type]) => `${type}.${value}`,
  ],
  [BreakingChangeType.REQUIRED_INPUT_FIELD_ADDED]: [
    /^A required field (\w+) on input type (\w+) was added\.$/,
    ([, field, type]) => `${type}.${field}`,
  ],
  [BreakingChangeType.IMPLEMENTED_INTERFACE_REMOVED]: [/^(\w+) no longer implements/, ([, type]) => type!],
  [BreakingChangeType.FIELD_REMOVED]: [
    /^(\w+)\.(\w+) was removed\.$/,
    ([, type, field]) => `${type}.${field}`,
  ],
  [BreakingChangeType.FIELD_CHANGED_KIND]: [
    /^(\w+)\.(\w+) changed type/,
    ([, type, field]) => `${type}.${field}`,
  ],
  [BreakingChangeType.REQUIRED_ARG_ADDED]: [
    /^A required arg (\w+) on (\w+)\.(\w+) was added\.$/,
    ([, arg, type, field]) => `${type}.${field}(${arg}:)`,
  ],
  [BreakingChangeType.ARG_REMOVED]: [
    /^(\w+)\.(\w+) arg (\w+) /,
    ([, type, field, arg]) => `${type}.${field}(${arg}:)`,
  ],
  [BreakingChangeType.ARG_CHANGED_KIND]: [
    /^(\w+)\.(\w+) arg (\w+) /,
    ([, type, field, arg]) => `${type}.${field}(${arg}:)`,
  ],
  [DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE]: [
    /^(\w+)\.(\w+) arg (\w+) defaultValue was removed\.$/,
    ([, type, field, arg]) => `${type}.${field}(${arg}:)`,
  ],
  [BreakingChangeType.DIRECTIVE_REMOVED]: [/^(\w+) was removed\.$/, ([, name]) => `@${name}`],
  [BreakingChangeType.DIRECTIVE_ARG_REMOVED]: [
    /^(\w+) was removed from (\w+)\.$/,
    ([, arg, name]) => `@${name}(${arg}:)`,
  ],
  [BreakingChangeType.REQUIRED_DIRECTIVE_ARG_ADDED]: [
    /^A required arg (\w+) on directive (\w+) was added\.$/,
    ([, arg, name]) => `@${name}(${arg}:)`,
  ],
  [BreakingChangeType.DIRECTIVE_REPEATABLE_REMOVED]: [/ from (\w+)\.$/, ([, name]) => `@${name}`],
  [BreakingChangeType.DIRECTIVE_LOCATION_REMOVED]: [/ from (\w+)\.$/, ([, name]) => `@${name}`],
};

function coordinateOf(type: string, description: string): string {
  const pattern = patterns[type];
  const match = pattern?.[0].exec(description);
  if (!pattern || !match) throw new Error(`No schema coordinate for ${type}: ${description}`);
  return pattern[1](match);
}

/** Whether `Type.field(arg:)` is a non-null argument in `schema`. */
function isRequiredArgument(schema: GraphQLSchema, coordinate: string): boolean {
  const [, typeName, fieldName, argName] = /^(\w+)\.(\w+)\((\w+):\)$/.exec(coordinate) ?? [];
  const type = schema.getType(typeName ?? "");
  if (!(isObjectType(type) || isInterfaceType(type))) return false;
  const arg = type.getFields()[fieldName!]?.args.find((candidate) => candidate.name === argName);
  return !!arg && isNonNullType(arg.type);
}

/**
 * graphql-js's breaking changes, plus a removed default of a non-null argument (it calls that
 * dangerous, yet a client that left the argument out fails validation from then on).
 */
export function breakingChanges(released: GraphQLSchema, current: GraphQLSchema): BreakingChange[] {
  const breaking = findBreakingChanges(released, current).map(({ type, description }) => ({
    coordinate: coordinateOf(type, description),
    description,
  }));
  const defaultsRemoved = findDangerousChanges(released, current)
    .filter(
      ({ type, description }) =>
        type === DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE &&
        description.endsWith("defaultValue was removed."),
    )
    .map(({ type, description }) => ({ coordinate: coordinateOf(type, description), description }))
    .filter(({ coordinate }) => isRequiredArgument(current, coordinate));
  return [...breaking, ...defaultsRemoved];
}

/** The coordinates named in backticks in the bullets of "### Breaking" under "## [Unreleased]". */
export function listedBreakingCoordinates(changelog: string): Set<string> {
  const unreleased = /^## \[Unreleased\][^\n]*\n([\s\S]*?)(?=^## )/m.exec(`${changelog}\n## `)?.[1] ?? "";
  const breaking = /^### Breaking[^\n]*\n([\s\S]*?)(?=^### |$(?![\s\S]))/m.exec(unreleased)?.[1] ?? "";
  const bullets = breaking.split("\n").filter((line) => /^\s*[-*] /.test(line) || /^\s{2,}\S/.test(line));
  return new Set(bullets.flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map(([, code]) => code!)));
}

/** Breaking changes since the release that the changelog's Unreleased "Breaking" bullets do not name. */
export function unlistedBreakingChanges(
  released: GraphQLSchema,
  current: GraphQLSchema,
  changelog: string,
): BreakingChange[] {
  const listed = listedBreakingCoordinates(changelog);
  return breakingChanges(released, current).filter(({ coordinate }) => !listed.has(coordinate));
}
