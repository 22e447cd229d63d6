import type { NextRequest } from "next/server";
import { forwardedFor } from "@/lib/apollo/visitor-headers";
import { apiFileUrl, PASSED_HEADERS } from "@/features/document/document-file-source";

export const dynamic = "force-dynamic";

function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * A document's file, streamed from the API (GRAPHQL_URL is internal, so the browser cannot ask it
 * directly). The session cookie goes along: editors may open files of drafts. `?pobierz=1` saves
 * the file instead of opening it.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ fileId: string }> }) {
  const download = request.nextUrl.searchParams.get("pobierz") === "1";
  const url = apiFileUrl((await params).fileId, download);
  if (!url) return plainText(404, "Nie ma takiego pliku.");
  let upstream: Response;
  try {
    upstream = await fetch(url, {
      headers: {
        cookie: request.headers.get("cookie") ?? "",
        // The API's rate limit is per visitor's address.
        ...forwardedFor(request),
      },
      cache: "no-store",
      signal: request.signal,
    });
  } catch {
    return plainText(502, "Nie udało się pobrać pliku. Spróbuj ponownie za chwilę.");
  }
  if (upstream.status === 404) return plainText(404, "Nie ma takiego pliku.");
  if (!upstream.ok || !upstream.body) {
    return plainText(502, "Nie udało się pobrać pliku. Spróbuj ponownie za chwilę.");
  }
  const headers = new Headers();
  for (const name of PASSED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers });
}
