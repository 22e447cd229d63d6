import { InvalidInputError } from "./errors";

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
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

/** The largest page of any connection; a bigger list is paged through. */
export const MAX_PAGE_SIZE = 100;

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
