/**
 * Whether this page load is the answer to a search the reader has just made — a submitted GET form
 * or a link to another page of the same list — rather than a fresh visit, a reload or a shared link.
 * The mark lives in sessionStorage for one page load, so the URLs stay clean and shareable.
 */

const KEY = "obserwatorium:nowe-wyniki";

/** A mark older than this is a search that never arrived (a failed load, a tab left alone). */
const FRESH_MS = 2 * 60_000;

interface Arrival {
  path: string;
  at: number;
}

/** Notes that the next page load of `path` answers the reader's own search. */
export function markResultsArrival(path: string, now = Date.now()): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ path, at: now } satisfies Arrival));
  } catch {
    // Without storage the page simply behaves like a fresh visit.
  }
}

/** Whether a stored mark says that `path`, loaded `now`, is the answer to a search just made. */
export function isResultsArrival(stored: string | null, path: string, now: number): boolean {
  if (!stored) return false;
  try {
    const arrival = JSON.parse(stored) as Partial<Arrival>;
    const age = now - Number(arrival.at);
    return arrival.path === path && age >= 0 && age < FRESH_MS;
  } catch {
    return false;
  }
}

/** Reads and removes the mark: only the first load after the search counts, never a reload. */
export function takeResultsArrival(path: string, now = Date.now()): boolean {
  try {
    const stored = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    return isResultsArrival(stored, path, now);
  } catch {
    return false;
  }
}

/**
 * Whether a link leads to another view of the same list (another page, a suggested spelling, a
 * cleared filter): the same path with other parameters. A jump within the page (#wyniki) is not.
 */
export function isResultsLink(href: URL, current: URL): boolean {
  return (
    href.origin === current.origin && href.pathname === current.pathname && href.search !== current.search
  );
}
