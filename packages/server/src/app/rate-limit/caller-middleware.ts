import type { RequestHandler } from "express";
import { runWithApiKey } from "../../modules/audit/audit-actor";
import { AuthService } from "../../modules/user/auth.service";
import { InvalidApiKeyError, resolveRequestAuth, type RequestAuth } from "../../modules/user/request-auth";
import type { ApiDependencies } from "../context";
import { RateLimiter } from "./rate-limiter";
import { openRequestBudget, sendRateLimited, type RateLimitSettings } from "./request-budget";

const callers = new WeakMap<object, RequestAuth>();

/**
 * Before every route: who is calling (an invalid API key is answered 401, never served as
 * anonymous), and one point of their budget; a GraphQL request spends the rest of its measured
 * cost once it is parsed.
 */
export function callerMiddleware(
  { orm, sessions }: ApiDependencies,
  settings: RateLimitSettings,
  now: () => number = Date.now,
): RequestHandler {
  const limiter = new RateLimiter(settings.windowSeconds * 1000, now);
  return async (req, res, next) => {
    if (req.method === "OPTIONS") return next();
    let auth: RequestAuth;
    try {
      auth = await resolveRequestAuth(new AuthService(orm.em.fork(), () => new Date(), sessions), req, res);
    } catch (error) {
      if (!(error instanceof InvalidApiKeyError)) return next(error);
      res.status(401).json({ errors: [{ message: error.message, extensions: { code: error.code } }] });
      return;
    }
    callers.set(req, auth);
    const budget = openRequestBudget(req, res, auth, limiter, settings);
    if (!budget.spend(1)) return sendRateLimited(res, budget);
    next();
  };
}

/**
 * Runs the rest of the request as made with its API key, so that audit entries name it. Mounted
 * after the body is parsed: stream callbacks would not carry the request's async context.
 */
export const auditApiKeyMiddleware: RequestHandler = (req, _res, next) => {
  const apiKey = callers.get(req)?.apiKey;
  if (apiKey) runWithApiKey(apiKey.id, next);
  else next();
};
