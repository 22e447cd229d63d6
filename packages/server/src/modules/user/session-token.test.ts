import { describe, expect, it } from "vitest";
import {
  hashSessionToken,
  isTouchDue,
  isWellFormedSessionToken,
  newSessionToken,
  SESSION_LIFETIME_MS,
  sessionExpiry,
} from "./session-token";

describe("session tokens", () => {
  it("are 32 random bytes in base64url, different every time", () => {
    const token = newSessionToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(newSessionToken()).not.toBe(token);
    expect(isWellFormedSessionToken(token)).toBe(true);
  });

  it("rejects strings that cannot be a token", () => {
    for (const candidate of ["", "abc", `${newSessionToken()}x`, "a".repeat(42) + "=", "ą".repeat(43)]) {
      expect(isWellFormedSessionToken(candidate), candidate).toBe(false);
    }
  });

  it("are stored as their SHA-256, hex", () => {
    expect(hashSessionToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const token = newSessionToken();
    expect(hashSessionToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(token)).not.toContain(token);
  });

  it("expire 12 hours after sign-in; last_seen_at is written at most once a minute", () => {
    const now = new Date("2026-11-22T10:00:00Z");
    expect(sessionExpiry(now).toISOString()).toBe("2026-11-22T22:00:00.000Z");
    expect(SESSION_LIFETIME_MS).toBe(12 * 3600 * 1000);
    expect(isTouchDue(now, new Date("2026-11-22T10:00:59.999Z"))).toBe(false);
    expect(isTouchDue(now, new Date("2026-11-22T10:01:00Z"))).toBe(true);
  });
});
