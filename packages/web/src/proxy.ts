import { NextResponse, type NextRequest } from "next/server";
import { findJourney } from "./features/journeys/journeys";
import { graphqlUrl } from "./lib/config";

// A notFound() inside a dynamic route leaves the 404 body empty until JavaScript runs
// (vercel/next.js#62228), while an unmatched path renders app/not-found.tsx on the server. So
// requests we can tell lead nowhere are rewritten to a path no route matches.
const UNMATCHED_PATH = "/_nie-znaleziono";
const VOIVODESHIP_CODES = new Set(
  Array.from({ length: 16 }, (_, index) => String((index + 1) * 2).padStart(2, "0")),
);

export const config = {
  matcher: [
    "/",
    "/gminy",
    "/pomoc/:slug",
    "/podmioty/:slug",
    "/uslugi/:slug",
    "/gminy/:code",
    "/dokumenty/:id",
    "/dobre-praktyki/:slug",
  ],
};

/** A powiat (4 digits) or a gmina (7 digits): the only units with a coverage page. */
const AREA_CODE = /^(\d{4}|\d{7})$/;

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const voivodeship = searchParams.get("woj");
  if (pathname === "/") {
    // The list of powiaty and gminy used to be the home page: old shared links still reach it.
    return voivodeship
      ? NextResponse.redirect(new URL(`/gminy?${searchParams}`, request.url), 308)
      : NextResponse.next();
  }
  if (pathname === "/gminy") {
    return voivodeship && !VOIVODESHIP_CODES.has(voivodeship) ? notFound(request) : NextResponse.next();
  }
  const journeySlug = /^\/pomoc\/([^/]+)$/.exec(pathname)?.[1];
  if (journeySlug !== undefined) return findJourney(journeySlug) ? NextResponse.next() : notFound(request);
  const documentId = /^\/dokumenty\/([^/]+)$/.exec(pathname)?.[1];
  if (documentId && documentId !== "lpdi") {
    return (await documentIsMissing(documentId, request)) ? notFound(request) : NextResponse.next();
  }
  const [, section, segment] = /^\/(podmioty|uslugi|gminy|dobre-praktyki)\/([^/]+)$/.exec(pathname) ?? [];
  if (section === "gminy") {
    if (!AREA_CODE.test(segment!)) return notFound(request);
    if (await areaIsRejected(segment!, request)) return notFound(request);
  } else if (section && (await slugIsMissing(section as keyof typeof SLUG_QUERIES, segment!, request))) {
    return notFound(request);
  }
  return NextResponse.next();
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url));
}

const SLUG_QUERIES = {
  podmioty: "query OrganizationExists($slug: String!) { item: organization(slug: $slug) { id } }",
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
