import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The API key a request runs with, for the audit log. Kept beside the request instead of being
 * passed to every service: each write records it, whichever service makes it.
 */
const requestApiKey = new AsyncLocalStorage<{ apiKeyId: string }>();

/** Runs `work` (and everything it starts) as a request made with the key. */
export function runWithApiKey<T>(apiKeyId: string, work: () => T): T {
  return requestApiKey.run({ apiKeyId }, work);
}

/** The key of the request being served; null for sessions, anonymous callers and the system. */
export function currentApiKeyId(): string | null {
  return requestApiKey.getStore()?.apiKeyId ?? null;
}
