import { NextResponse, type NextRequest } from "next/server";
import { findJourney } from "./features/journeys/journeys";
import { DEFAULT_LOCALE, LOCALE_HEADER, localeHref, splitLocale } from "./i18n/locales";
import { graphqlUrl } from "./lib/config";

// A notFound() inside a dynamic route leaves the 404 body empty until JavaScript runs
// (vercel/next.js#62228), while an unmatched path renders the site's not-found page on the server.
// So requests we can tell lead nowhere are rewritten to a path no route matches.
const UNMATCHED_PATH = "/_nie-znaleziono";
const VOIVODESHIP_CODES = new Set(
  Array.from({ length: 16 }, (_, index) => String((index + 1) * 2).padStart(2, "0")),
);

// Every page path of the public site; not the editors' panel, nor Next's own files, nor the route handlers that serve files and JSON at fixed
// unprefixed URLs (CSV, document files, search suggestions, the API's own paths), nor the sitemap and robots.txt.
export const config = {
  matcher: [
    "/((?!_next/|graphql|open-data|hsds|panel|dane/csv|dokumenty/pliki/|szukaj/podpowiedzi|sitemap\\.xml|robots\\.txt|favicon\\.ico).*)",
  ],
};

/** A powiat (4 digits) or a gmina (7 digits): the only units with a coverage page. */
const AREA_CODE = /^(\d{4}|\d{7})$/;

/** What to do with a page path (without its locale prefix). */
type Verdict = { kind: "page" } | { kind: "missing" } | { kind: "redirect"; to: string };

const PAGE: Verdict = { kind: "page" };
const MISSING: Verdict = { kind: "missing" };

/**
 * Routes every page request by language: Polish pages have no prefix (next.config.ts serves them
 * from /pl/…); /en/… and /uk/… pass as they are; /pl/… is redirected to the one canonical, unprefixed
 * URL. Within each language, paths known to lead nowhere get the not-found page.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const { locale, path } = splitLocale(pathname);
  if (locale === DEFAULT_LOCALE && pathname.split("/")[1] === DEFAULT_LOCALE) {
    return NextResponse.redirect(new URL(`${path}${request.nextUrl.search}`, request.url), 308);
  }
  const verdict = await verdictOn(path, request);
  if (verdict.kind === "redirect") {
    return NextResponse.redirect(new URL(localeHref(locale, verdict.to), request.url), 308);
  }
  // The 404 page lies outside app/[locale]: it learns the language from a request header.
  const forward = { request: { headers: new Headers(request.headers) } };
  forward.request.headers.set(LOCALE_HEADER, locale);
  if (verdict.kind === "missing") {
    return NextResponse.rewrite(new URL(localeHref(locale, UNMATCHED_PATH), request.url), forward);
  }
  // Unprefixed Polish paths reach app/[locale] through the rewrite in next.config.ts: a rewrite
  // from here would name an absolute URL, which Next fetches anew when its host differs.
  return NextResponse.next(forward);
}

async function verdictOn(path: string, request: NextRequest): Promise<Verdict> {
  const { searchParams } = request.nextUrl;
  const voivodeship = searchParams.get("woj");
  if (path === "/") {
    // The list of powiaty and gminy used to be the home page: old shared links still reach it.
    return voivodeship ? { kind: "redirect", to: `/gminy?${searchParams}` } : PAGE;
  }
  if (path === "/gminy") {
    return voivodeship && !VOIVODESHIP_CODES.has(voivodeship) ? MISSING : PAGE;
  }
  const journeySlug = /^\/pomoc\/([^/]+)$/.exec(path)?.[1];
  if (journeySlug !== undefined) return findJourney(journeySlug) ? PAGE : MISSING;
  const documentId = /^\/dokumenty\/([^/]+)$/.exec(path)?.[1];
  if (documentId && documentId !== "lpdi") {
    return (await documentIsMissing(documentId, request)) ? MISSING : PAGE;
  }
  const [, section, segment] =
    /^\/(podmioty|uslugi|gminy|dobre-praktyki|wydarzenia)\/([^/]+)$/.exec(path) ?? [];
  // The events section's own pages and its calendar file, not event slugs.
  if (section === "wydarzenia" && EVENT_PAGES.has(segment!)) return PAGE;
  if (section === "gminy") {
    if (!AREA_CODE.test(segment!)) return MISSING;
    if (await areaIsRejected(segment!, request)) return MISSING;
  } else if (section && (await slugIsMissing(section as keyof typeof SLUG_QUERIES, segment!, request))) {
    return MISSING;
  }
  return PAGE;
}

const EVENT_PAGES = new Set(["rezygnacja", "kalendarz.ics"]);

const SLUG_QUERIES = {
  podmioty: "query OrganizationExists($slug: String!) { item: organization(slug: $slug) { id } }",
  wydarzenia: "query EventExists($slug: String!) { item: event(slug: $slug) { id } }",
  uslugi: "query ServiceExists($slug: String!) { item: service(slug: $slug) { id } }",
  "dobre-praktyki": "query GoodPracticeExists($slug: String!) { item: goodPractice(slug: $slug) { id } }",
};

/** True only when the API answers that nothing visible has this slug; any failure lets the page decide. */
async function slugIsMissing(
  section: keyof typeof SLUG_QUERIES,
  encodedSlug: string,
  request: NextRequest,
): Promise<boolean> {
  let slug: string;
  try {
    slug = decodeURIComponent(encodedSlug);
  } catch {
    return true;
  }
  const body = await askApi<{ item: { id: string } | null }>(SLUG_QUERIES[section], { slug }, request);
  return body?.data?.item === null;
}

/** True only when the API refuses the code (no such gmina or powiat); any failure lets the page decide. */
async function areaIsRejected(areaCode: string, request: NextRequest): Promise<boolean> {
  const body = await askApi(
    "query AreaExists($areaCode: String!) { coverage(areaCode: $areaCode) { serviceCount } }",
    { areaCode },
    request,
  );
  return !!body?.errors?.some((error) => error.extensions?.code === "BAD_USER_INPUT");
}

/** True when the API answers that no visible document has this ID, or that it is no document ID. */
async function documentIsMissing(encodedId: string, request: NextRequest): Promise<boolean> {
  let id: string;
  try {
    id = decodeURIComponent(encodedId);
  } catch {
    return true;
  }
  const body = await askApi<{ item: { id: string } | null }>(
    "query DocumentExists($id: ID!) { item: document(id: $id) { id } }",
    { id },
    request,
  );
  if (body?.errors?.some((error) => error.extensions?.code === "BAD_USER_INPUT")) return true;
  return body?.data?.item === null;
}

interface ApiAnswer<TData> {
  data?: TData | null;
  errors?: { extensions?: { code?: string } }[];
}

/** A plain GraphQL request (the proxy runs before React, without Apollo); null on any failure. */
async function askApi<TData>(
  query: string,
  variables: Record<string, string>,
  request: NextRequest,
): Promise<ApiAnswer<TData> | null> {
  try {
    const response = await fetch(graphqlUrl(), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        // Signed-in editors see drafts: the session cookie goes along.
        cookie: request.headers.get("cookie") ?? "",
      },
      body: JSON.stringify({ query, variables }),
      cache: "no-store",
    });
    // Apollo Server answers a BAD_USER_INPUT with HTTP 400 and a GraphQL body.
    if (!response.ok && response.status !== 400) return null;
    return (await response.json()) as ApiAnswer<TData>;
  } catch {
    return null;
  }
}
