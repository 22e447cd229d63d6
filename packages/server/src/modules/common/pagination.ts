import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { InvalidInputError } from "./errors";

@ObjectType("PageInfo", { description: "Relay cursor pagination state" })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => Boolean)
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Edge<TNode> {
  cursor: string;
  node: TNode;
}

export interface Connection<TNode> {
  edges: Edge<TNode>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds the `XConnection` and `XEdge` types of a Relay connection over `nodeType`. */
export function connectionType<TNode extends object>(name: string, nodeType: ClassType<TNode>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: TNode;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: "Number of matching items across all pages" })
    totalCount!: number;
  }

  return ConnectionType;
}

export const MAX_PAGE_SIZE = 500;

export function assertPageSize(first: number, argument = "first"): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new InvalidInputError(argument, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
}

/** Cursors are opaque to clients: a prefix naming the kind of position, then the position. */
export function encodeCursor(kind: string, position: string | number): string {
  return Buffer.from(`${kind}:${position}`, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, kind: string, argument = "after"): string {
  const decoded = Buffer.from(cursor, "base64url").toString("utf8");
  const prefix = `${kind}:`;
  if (!decoded.startsWith(prefix) || decoded.length === prefix.length) {
    throw new InvalidInputError(argument, "is not a cursor returned by this list");
  }
  return decoded.slice(prefix.length);
}

export function buildConnection<TNode>(
  nodes: TNode[],
  cursorOf: (node: TNode) => string,
  page: { hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number },
): Connection<TNode> {
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
