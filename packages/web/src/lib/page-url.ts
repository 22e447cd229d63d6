import { headers } from "next/headers";

/**
 * The absolute address of a page of this site as the resident reached it (behind a proxy, as the
 * proxy says), e.g. for printing it on paper. Falls back to the bare path when the host is unknown.
 */
export async function absolutePageUrl(path: string): Promise<string> {
  const incoming = await headers();
  const host = incoming.get("x-forwarded-host")?.split(",")[0]?.trim() || incoming.get("host");
  if (!host) return path;
  const protocol = incoming.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  try {
    return new URL(path, `${protocol}://${host}`).toString();
  } catch {
    return path;
  }
}
