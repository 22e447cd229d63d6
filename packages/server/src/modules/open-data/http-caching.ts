import type { Request, Response } from "express";
import { OPEN_DATA_LICENCE } from "./open-data-licence";

// req.host honours X-Forwarded-Host from the trusted site server, which serves these files at its address.
export const baseUrlOf = (req: Request) => `${req.protocol}://${req.host}`;

/** Whether the client's copy (If-None-Match, else If-Modified-Since) is still the current one. */
export function clientHasCurrent(req: Request, etag: string, changed: Date | null): boolean {
  const ifNoneMatch = req.get("if-none-match");
  if (ifNoneMatch) return ifNoneMatch.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
  const ifModifiedSince = req.get("if-modified-since");
  if (!ifModifiedSince || !changed) return false;
  const since = Date.parse(ifModifiedSince);
  return !Number.isNaN(since) && Math.floor(changed.getTime() / 1000) * 1000 <= since;
}

/**
 * The caching and licence headers of published data (open data, HSDS): answers 304 and returns
 * true when the client's copy is current; the caller then sends nothing more.
 */
export function answeredFromClientCopy(
  req: Request,
  res: Response,
  etag: string,
  changed: Date | null,
): boolean {
  res.set({
    ETag: etag,
    "Cache-Control": "public, max-age=300",
    Link: `<${OPEN_DATA_LICENCE.url}>; rel="license"`,
    ...(changed && { "Last-Modified": changed.toUTCString() }),
  });
  if (!clientHasCurrent(req, etag, changed)) return false;
  res.status(304).end();
  return true;
}
