import { createHash, randomBytes } from "node:crypto";

/** Every key starts so: it tells keys apart from session tokens and stands out in leaked text. */
export const API_KEY_PREFIX = "obsk_";
const KEY_PATTERN = /^obsk_[A-Za-z0-9_-]{43}$/;
/** Characters of a key shown in lists (`obsk_` and five more). */
const SHOWN_LENGTH = 10;

/** `obsk_` and 32 random bytes, base64url. */
export function newApiKey(): string {
  return API_KEY_PREFIX + randomBytes(32).toString("base64url");
}

export function looksLikeApiKey(credential: string): boolean {
  return credential.startsWith(API_KEY_PREFIX);
}

/** Whether a string can be a key this API issued; anything else is refused without a query. */
export function isWellFormedApiKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/** SHA-256, hex: what `api_key.key_hash` holds. */
export function hashApiKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

export function apiKeyPrefix(key: string): string {
  return key.slice(0, SHOWN_LENGTH);
}
