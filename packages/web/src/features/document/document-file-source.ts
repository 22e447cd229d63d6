import { graphqlUrl } from "@/lib/config";

/** The API names stored files by UUID; nothing else may reach it through the site. */
const FILE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Headers of the API's answer the browser needs: what the file is, how to show it, how to cache it.
 * Not Content-Length: Next.js drops it from every route handler's response (send-response.ts) and
 * sends the body chunked, so the document's page states each file's size instead.
 */
export const PASSED_HEADERS = [
  "content-type",
  "content-disposition",
  "cache-control",
  "etag",
  "last-modified",
] as const;

/**
 * Where the API serves a file (`/files/<id>` on the GraphQL server's origin), to open or to save
 * (`download`); null when the id cannot name a file.
 */
export function apiFileUrl(fileId: string, download: boolean): URL | null {
  if (!FILE_ID.test(fileId)) return null;
  const url = new URL(`/files/${fileId}`, graphqlUrl());
  if (download) url.searchParams.set("download", "1");
  return url;
}
