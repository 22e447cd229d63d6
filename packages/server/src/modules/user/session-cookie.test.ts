import { describe, expect, it } from "vitest";
import { bearerToken, clearedSessionCookie, readCookie, sessionCookie } from "./session-cookie";

describe("readCookie", () => {
  it("finds one cookie among several, with or without spaces and quotes", () => {
    expect(readCookie("a=1; obs_session=abc_-123; b=2", "obs_session")).toBe("abc_-123");
    expect(readCookie("obs_session=abc;other=x", "obs_session")).toBe("abc");
    expect(readCookie('obs_session="quoted"', "obs_session")).toBe("quoted");
    expect(readCookie("xobs_session=nope; obs_session_old=nope", "obs_session")).toBeNull();
    expect(readCookie("garbage; =; obs_session", "obs_session")).toBeNull();
    expect(readCookie(undefined, "obs_session")).toBeNull();
    expect(readCookie("obs_session=%E0%A4%A", "obs_session")).toBe("%E0%A4%A");
  });
});

describe("bearerToken", () => {
  it("reads `Authorization: Bearer <token>` and nothing else", () => {
    expect(bearerToken("Bearer abc-_123")).toBe("abc-_123");
    expect(bearerToken("bearer  abc")).toBe("abc");
    expect(bearerToken("Basic dXNlcjpwYXNz")).toBeNull();
    expect(bearerToken("Bearer")).toBeNull();
    expect(bearerToken("Bearer a b")).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});

describe("session cookie", () => {
  it("is HttpOnly, SameSite=Lax, for the whole site, and Secure over HTTPS only", () => {
    expect(sessionCookie("tok", 43_200, { secure: false })).toBe(
      "obs_session=tok; Path=/; Max-Age=43200; HttpOnly; SameSite=Lax",
    );
    expect(sessionCookie("tok", 59.9, { secure: true })).toBe(
      "obs_session=tok; Path=/; Max-Age=59; HttpOnly; SameSite=Lax; Secure",
    );
  });

  it("is cleared with an empty value and Max-Age=0", () => {
    expect(clearedSessionCookie({ secure: false })).toBe(
      "obs_session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax",
    );
  });
});
