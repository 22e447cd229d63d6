import type { Request, Response } from "express";
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
  user: AuthenticatedUser | null;
  /** The token of the caller's live session; null when anonymous. */
  sessionToken: string | null;
  clientIp: string;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
}

function cameOverHttps(req: Request): boolean {
  const forwarded = req.headers["x-forwarded-proto"];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",")[0]?.trim().toLowerCase();
  return req.secure || first === "https";
}

/**
 * The session comes from `Authorization: Bearer <token>` (API clients) or, failing that, from the
 * `obs_session` cookie (the site).
 */
export async function resolveRequestAuth(
  authService: AuthService,
  req: Request,
  res: Response,
): Promise<RequestAuth> {
  const presented = bearerToken(req.headers.authorization) ?? readCookie(req.headers.cookie, SESSION_COOKIE);
  const user = presented ? await authService.authenticate(presented) : null;
  const secure = cameOverHttps(req);
  return {
    user,
    sessionToken: user ? presented : null,
    clientIp: req.ip ?? req.socket.remoteAddress ?? "",
    setSessionCookie(token, expiresAt) {
      res.append("Set-Cookie", sessionCookie(token, (expiresAt.getTime() - Date.now()) / 1000, { secure }));
    },
    clearSessionCookie() {
      res.append("Set-Cookie", clearedSessionCookie({ secure }));
    },
  };
}
