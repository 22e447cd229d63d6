/** The state of one caller's budget, as the RateLimit-* headers report it. */
export interface Budget {
  limit: number;
  remaining: number;
  /** Seconds until the window ends and the budget is whole again (at least 1). */
  resetSeconds: number;
}

export interface Spending {
  /** False when fewer points remained than asked for; nothing was spent then. */
  allowed: boolean;
  budget: Budget;
}

interface Window {
  startsAt: number;
  spent: number;
}

/**
 * Points per caller per fixed window, in memory: checked on every request, so it must cost no
 * query. Each API instance counts on its own (a caller spread over N instances gets up to N
 * budgets), which suits a limit meant against runaway clients rather than as a quota.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private nextSweepAt: number;

  constructor(
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {
    this.nextSweepAt = now() + windowMs;
  }

  /** Spends `points` of the bucket's `limit` in its current window, unless fewer remain. */
  spend(bucket: string, limit: number, points: number): Spending {
    const now = this.now();
    this.sweep(now);
    let window = this.windows.get(bucket);
    if (!window || now >= window.startsAt + this.windowMs) {
      window = { startsAt: now, spent: 0 };
      this.windows.set(bucket, window);
    }
    const allowed = window.spent + points <= limit;
    if (allowed) window.spent += points;
    return {
      allowed,
      budget: {
        limit,
        remaining: Math.max(0, limit - window.spent),
        resetSeconds: Math.max(1, Math.ceil((window.startsAt + this.windowMs - now) / 1000)),
      },
    };
  }

  /** How many callers have a window open (for tests of the sweep). */
  get size(): number {
    return this.windows.size;
  }

  // Ended windows are dropped once per window, so the map holds only recent callers.
  private sweep(now: number): void {
    if (now < this.nextSweepAt) return;
    for (const [bucket, window] of this.windows) {
      if (now >= window.startsAt + this.windowMs) this.windows.delete(bucket);
    }
    this.nextSweepAt = now + this.windowMs;
  }
}
