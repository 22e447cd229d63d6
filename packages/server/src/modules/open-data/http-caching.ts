import type { Request } from "express";

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
