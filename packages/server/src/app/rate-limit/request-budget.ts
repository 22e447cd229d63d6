import type { Request, Response } from "express";
import { GraphQLError } from "graphql";
import type { RequestAuth } from "../../modules/user/request-auth";
import type { RateLimiter } from "./rate-limiter";

/** Points per window (RATE_LIMIT_*); 0 turns a limit off. */
export interface RateLimitSettings {
  windowSeconds: number;
  /** Per client address; per user for signed-in sessions. */
  anonymousPoints: number;
  /** Per API key. */
  apiKeyPoints: number;
}

export const DEFAULT_RATE_LIMITS: RateLimitSettings = {
  windowSeconds: 60,
  anonymousPoints: 20_000,
  apiKeyPoints: 100_000,
};

/** One request's access to its caller's budget. */
export interface RequestBudget {
  /** Spends `points`; false (with Retry-After set) when the budget cannot cover them. */
  spend(points: number): boolean;
  /** Seconds until the budget is whole again, for refusals. */
  retryAfterSeconds(): number;
}

const unlimited: RequestBudget = { spend: () => true, retryAfterSeconds: () => 0 };

const budgets = new WeakMap<Request, RequestBudget>();

/** The budget the caller middleware opened for the request; unlimited outside it. */
export function requestBudgetOf(req: Request): RequestBudget {
  return budgets.get(req) ?? unlimited;
}

/** Per key for key holders, per user for sessions, per client address for anonymous callers. */
function bucketOf(auth: RequestAuth): string {
  if (auth.apiKey) return `key:${auth.apiKey.id}`;
  if (auth.user) return `user:${auth.user.id}`;
  return `ip:${auth.clientIp}`;
}

/** Opens the request's budget; every answer then carries the RateLimit-* headers. */
export function openRequestBudget(
  req: Request,
  res: Response,
  auth: RequestAuth,
  limiter: RateLimiter,
  settings: RateLimitSettings,
): RequestBudget {
  const limit = auth.apiKey ? settings.apiKeyPoints : settings.anonymousPoints;
  if (limit === 0) return unlimited;
  const bucket = bucketOf(auth);
  let resetSeconds = settings.windowSeconds;
  const budget: RequestBudget = {
    spend(points) {
      const spending = limiter.spend(bucket, limit, points);
      resetSeconds = spending.budget.resetSeconds;
      res.setHeader("RateLimit-Limit", String(limit));
      res.setHeader("RateLimit-Remaining", String(spending.budget.remaining));
      res.setHeader("RateLimit-Reset", String(resetSeconds));
      if (!spending.allowed) res.setHeader("Retry-After", String(resetSeconds));
      return spending.allowed;
    },
    retryAfterSeconds: () => resetSeconds,
  };
  budgets.set(req, budget);
  return budget;
}

const RATE_LIMITED_MESSAGE = (seconds: number) =>
  `Too many requests: the budget of points for this window is spent; try again in ${seconds} s ` +
  "(see the RateLimit-* headers)";

/** The refusal as a GraphQL error, for a request whose measured cost the budget cannot cover. */
export function rateLimitedError(budget: RequestBudget): GraphQLError {
  const retryAfter = budget.retryAfterSeconds();
  return new GraphQLError(RATE_LIMITED_MESSAGE(retryAfter), {
    extensions: { code: "RATE_LIMITED", retryAfter, http: { status: 429 } },
  });
}

/** The refusal as a GraphQL-shaped answer, for any route. */
export function sendRateLimited(res: Response, budget: RequestBudget): void {
  const retryAfter = budget.retryAfterSeconds();
  res.status(429).json({
    errors: [{ message: RATE_LIMITED_MESSAGE(retryAfter), extensions: { code: "RATE_LIMITED", retryAfter } }],
  });
}
