import type { Request, Response } from "express";
import { describe, expect, it } from "vitest";
import type { RequestAuth } from "../../modules/user/request-auth";
import { RateLimiter } from "./rate-limiter";
import { openRequestBudget } from "./request-budget";

function responseRecorder() {
  const headers: Record<string, string> = {};
  return {
    headers,
    res: { setHeader: (name: string, value: string) => (headers[name] = value) } as unknown as Response,
  };
}

const anonymous = (clientIp: string) => ({ user: null, apiKey: null, clientIp }) as unknown as RequestAuth;
const settings = { windowSeconds: 60, anonymousPoints: 3, apiKeyPoints: 0 };

describe("openRequestBudget", () => {
  it("spends from the caller's bucket and reports it in the RateLimit-* headers, Retry-After on refusal", () => {
    const limiter = new RateLimiter(60_000, () => 0);
    const { headers, res } = responseRecorder();
    const budget = openRequestBudget({} as Request, res, anonymous("203.0.113.9"), limiter, settings);
    expect(budget.spend(3)).toBe(true);
    expect(headers).toEqual({ "RateLimit-Limit": "3", "RateLimit-Remaining": "0", "RateLimit-Reset": "60" });
    expect(budget.spend(1)).toBe(false);
    expect(headers["Retry-After"]).toBe("60");
  });

  it("spends nothing and sets no header when the caller's limit is 0", () => {
    const limiter = new RateLimiter(60_000, () => 0);
    const { headers, res } = responseRecorder();
    const keyHolder = { user: null, apiKey: { id: "k" }, clientIp: "x" } as unknown as RequestAuth;
    const budget = openRequestBudget({} as Request, res, keyHolder, limiter, settings);
    expect(budget.spend(1_000_000)).toBe(true);
    expect(headers).toEqual({});
    expect(limiter.size).toBe(0);
  });
});
