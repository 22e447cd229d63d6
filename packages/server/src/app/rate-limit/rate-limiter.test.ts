import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limiter";

function limiterAt(start = 1_000_000) {
  const clock = { now: start };
  return { clock, limiter: new RateLimiter(60_000, () => clock.now) };
}

describe("RateLimiter", () => {
  it("spends points until the budget is gone, then refuses without spending", () => {
    const { limiter } = limiterAt();
    expect(limiter.spend("ip:a", 10, 7)).toEqual({
      allowed: true,
      budget: { limit: 10, remaining: 3, resetSeconds: 60 },
    });
    expect(limiter.spend("ip:a", 10, 4).allowed).toBe(false);
    expect(limiter.spend("ip:a", 10, 3)).toMatchObject({ allowed: true, budget: { remaining: 0 } });
    expect(limiter.spend("ip:a", 10, 1)).toMatchObject({ allowed: false, budget: { remaining: 0 } });
  });

  it("keeps each bucket's budget apart", () => {
    const { limiter } = limiterAt();
    limiter.spend("ip:a", 5, 5);
    expect(limiter.spend("ip:b", 5, 5).allowed).toBe(true);
    expect(limiter.spend("ip:a", 5, 1).allowed).toBe(false);
  });

  it("counts the reset down and gives the whole budget back when the window ends", () => {
    const { clock, limiter } = limiterAt();
    limiter.spend("key:k", 3, 3);
    clock.now += 59_001;
    expect(limiter.spend("key:k", 3, 1)).toMatchObject({ allowed: false, budget: { resetSeconds: 1 } });
    clock.now += 999;
    expect(limiter.spend("key:k", 3, 1)).toEqual({
      allowed: true,
      budget: { limit: 3, remaining: 2, resetSeconds: 60 },
    });
  });

  it("forgets callers whose window ended", () => {
    const { clock, limiter } = limiterAt();
    limiter.spend("ip:a", 5, 1);
    limiter.spend("ip:b", 5, 1);
    clock.now += 60_000;
    limiter.spend("ip:c", 5, 1);
    expect(limiter.size).toBe(1);
  });
});
