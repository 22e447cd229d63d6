import { cookies, headers } from "next/headers";

/** The panel's own session cookie: the site's origin holds it, the API never sees it as a cookie. */
export const PANEL_SESSION_COOKIE = "obs_panel_session";

/** Only panel pages and their server actions need the session, so the browser sends it nowhere else. */
const COOKIE_PATH = "/panel";

/**
 * Secure outside localhost: over HTTPS (directly or behind a proxy that says so) the cookie never
 * travels in clear; on http://localhost during development it must be allowed to.
 */
async function overHttps(): Promise<boolean> {
  const incoming = await headers();
  const forwarded = incoming.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  const host = incoming.get("host") ?? "";
  return !/^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);
}

export async function readPanelToken(): Promise<string | null> {
  return (await cookies()).get(PANEL_SESSION_COOKIE)?.value || null;
}

/** HttpOnly (no script reads it) and SameSite=Strict (no other site's page can send it along). */
export async function storePanelSession(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(PANEL_SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: await overHttps(),
    path: COOKIE_PATH,
    expires: expiresAt,
  });
}

export async function clearPanelSession(): Promise<void> {
  (await cookies()).set(PANEL_SESSION_COOKIE, "", {
    httpOnly: true,
    sameSite: "strict",
    secure: await overHttps(),
    path: COOKIE_PATH,
    maxAge: 0,
  });
}
