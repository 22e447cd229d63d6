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
