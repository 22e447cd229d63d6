/**
 * The `after` cursor that starts page `pageIndex` (0-based) of a list paged by `pageSize`, or
 * `undefined` for the first page.
 *
 * This relies on the API's offset cursors: the cursor of the N-th item of a list (1-based) is
 * base64url("offset:" + N), and `after` starts the page right behind that item. Plain page links
 * (`?strona=3`) then work without JavaScript and without walking through the previous pages. If the
 * API ever switches to opaque keyset cursors, this helper is the one place to change.
 */
export function cursorAfter(pageIndex: number, pageSize: number): string | undefined {
  if (!Number.isSafeInteger(pageIndex) || pageIndex <= 0) return undefined;
  return base64url(`offset:${pageIndex * pageSize}`);
}

function base64url(text: string): string {
  return btoa(text).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Number of pages for `totalCount` items, at least 1. */
export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}

/** The API's largest page: `first` of every connection is 1 to 100. */
export const API_MAX_PAGE_SIZE = 100;

export interface Page<T> {
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

interface ConnectionPage<T> {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: T }[];
}

/** One page of a connection as `collectAllPages` follows it. */
export function pageOf<T>(connection: ConnectionPage<T>): Page<T> {
  return {
    nodes: connection.edges.map((edge) => edge.node),
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}

/** Safety stop for a cursor that never ends: 1000 pages of 100 records is far above the registry. */
const MAX_PAGES = 1000;

/** Follows a cursor connection to its end, one page after another. */
export async function collectAllPages<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  for (let count = 0; count < MAX_PAGES; count++) {
    const page: Page<T> = await fetchPage(after);
    all.push(...page.nodes);
    if (!page.hasNextPage || !page.endCursor || page.endCursor === after) return all;
    after = page.endCursor;
  }
  return all;
}
