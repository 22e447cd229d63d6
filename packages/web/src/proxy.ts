import { NextResponse, type NextRequest } from "next/server";
import { graphqlUrl } from "./lib/config";

// A notFound() inside a dynamic route leaves the 404 body empty until JavaScript runs
// (vercel/next.js#62228), while an unmatched path renders app/not-found.tsx on the server. So
// requests we can tell lead nowhere are rewritten to a path no route matches.
const UNMATCHED_PATH = "/_nie-znaleziono";
const VOIVODESHIP_CODES = new Set(
  Array.from({ length: 16 }, (_, index) => String((index + 1) * 2).padStart(2, "0")),
);

export const config = { matcher: ["/", "/podmioty/:slug"] };

export async function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === "/") {
    const voivodeship = searchParams.get("woj");
    return voivodeship && !VOIVODESHIP_CODES.has(voivodeship) ? notFound(request) : NextResponse.next();
  }
  const slug = /^\/podmioty\/([^/]+)$/.exec(pathname)?.[1];
  if (slug && (await organizationIsMissing(slug, request))) return notFound(request);
  return NextResponse.next();
}

function notFound(request: NextRequest) {
  return NextResponse.rewrite(new URL(UNMATCHED_PATH, request.url));
}

/** True only when the API answers that no visible organization has this slug; any failure lets the page decide. */
async function organizationIsMissing(encodedSlug: string, request: NextRequest): Promise<boolean> {
  let slug: string;
  try {
    slug = decodeURIComponent(encodedSlug);
  } catch {
    return true;
  }
  try {
    const response = await fetch(graphqlUrl(), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        // Signed-in editors see drafts: the session cookie goes along.
        cookie: request.headers.get("cookie") ?? "",
      },
      body: JSON.stringify({
        query: "query OrganizationExists($slug: String!) { organization(slug: $slug) { id } }",
        variables: { slug },
      }),
      cache: "no-store",
    });
    if (!response.ok) return false;
    const body = (await response.json()) as { data?: { organization: { id: string } | null } | null };
    return body.data?.organization === null;
  } catch {
    return false;
  }
}
