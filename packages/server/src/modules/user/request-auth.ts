import type { Request, Response } from "express";
import type { ApiKeyCaller } from "../api-key/api-key-auth";
import { looksLikeApiKey } from "../api-key/api-key-token";
import type { AuthenticatedUser, AuthService } from "./auth.service";
import {
  bearerToken,
  clearedSessionCookie,
  readCookie,
  SESSION_COOKIE,
  sessionCookie,
} from "./session-cookie";

/** Who is calling, and how to set or clear their session cookie. */
export interface RequestAuth {
  /**
   * Who acts: the signed-in user, or the creator of an API key that may read drafts or write (in the
   * key's role, at most EDITOR); null for anonymous callers and READ_PUBLIC keys.
   */
  user: AuthenticatedUser | null;
  /** Whose eyes reads use: the user, except for a key without READ_DRAFTS (which sees public data). */
  viewer: AuthenticatedUser | null;
  /** The API key the request came with; null for sessions and anonymous callers. */
  apiKey: ApiKeyCaller | null;
  /** The token of the caller's live session; null when anonymous. */
  sessionToken: string | null;
  clientIp: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

/** The request named an API key that is unknown, revoked or expired: refused, never served as anonymous. */
export class InvalidApiKeyError extends Error {
  readonly code = "INVALID_API_KEY";
  constructor() {
    super(
      "The API key is not valid: it is unknown, revoked or expired, or its creator's account is inactive",
    );
  }
}

function cameOverHttps(req: Request): boolean {
  const forwarded = req.headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase();
  return req.secure || first === "https";
}

/** `X-API-Key: obsk_…` or `Authorization: Bearer obsk_…`. */
function presentedApiKey(req: Request, bearer: string | null): string | null {
  const header = req.headers["x-api-key"];
  const fromHeader = (Array.isArray(header) ? header[0] : header)?.trim();
  if (fromHeader) return fromHeader;
  return bearer && looksLikeApiKey(bearer) ? bearer : null;
}

// Resolved once per request: the rate limiter needs the caller before the routes do.
const resolved = new WeakMap<Request, Promise<RequestAuth>>();

/**
 * The caller comes from an API key (`X-API-Key` or `Authorization: Bearer obsk_…`), else from the
 * session in `Authorization: Bearer <token>` (API clients) or the `obs_session` cookie (the site).
 * Rejects with InvalidApiKeyError for a key that does not let the request in.
 */
export function resolveRequestAuth(
  authService: AuthService,
  req: Request,
  res: Response,
): Promise<RequestAuth> {
  let auth = resolved.get(req);
  if (!auth) {
    auth = authenticateRequest(authService, req, res);
    resolved.set(req, auth);
  }
  return auth;
}

async function authenticateRequest(
  authService: AuthService,
  req: Request,
  res: Response,
): Promise<RequestAuth> {
  const bearer = bearerToken(req.headers.authorization);
  const key = presentedApiKey(req, bearer);
  const secure = cameOverHttps(req);
  const cookies = {
    setSessionCookie(token: string, expiresAt: Date) {
      res.append("Set-Cookie", sessionCookie(token, (expiresAt.getTime() - Date.now()) / 1000, { secure }));
    },
    clearSessionCookie() {
      res.append("Set-Cookie", clearedSessionCookie({ secure }));
    },
  };
  const clientIp = req.ip ?? req.socket.remoteAddress ?? "";
  if (key) {
    const apiKey = await authService.authenticateApiKey(key);
    if (!apiKey) throw new InvalidApiKeyError();
    const reads = apiKey.scopes.includes("READ_DRAFTS");
    const acts = reads || apiKey.scopes.includes("WRITE");
    return {
      user: acts ? apiKey.actor : null,
      viewer: reads ? apiKey.actor : null,
      apiKey,
      sessionToken: null,
      clientIp,
      ...cookies,
    };
  }
  const presented = bearer ?? readCookie(req.headers.cookie, SESSION_COOKIE);
  const user = presented ? await authService.authenticate(presented) : null;
  return { user, viewer: user, apiKey: null, sessionToken: user ? presented : null, clientIp, ...cookies };
}
