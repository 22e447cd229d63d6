import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** scrypt cost parameters for new hashes: memory-hard, about 32 MiB and ~100 ms per hash. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** Hashes stored with other parameters are still verified, within these bounds (256 MiB at most). */
const MAX_MEMORY_BYTES = 256 * 1024 * 1024;
const MAX_P = 16;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/** scrypt needs 128·N·r bytes plus a little; node's default limit (32 MiB) is too tight for N=2^15, r=8. */
function maxmemFor(N: number, r: number): number {
  return 2 * 128 * N * r;
}

function derive(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/**
 * The same password typed on different systems may arrive composed ("ą") or decomposed ("a" + ogonek);
 * NFKC makes them one (NIST SP 800-63B).
 */
function normalize(password: string): string {
  return password.normalize("NFKC");
}

/** `scrypt$N$r$p$saltB64$hashB64`: the parameters travel with the hash, so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(normalize(password), salt, KEY_BYTES, {
    ...COST,
    maxmem: maxmemFor(COST.N, COST.r),
  });
  return ["scrypt", COST.N, COST.r, COST.p, salt.toString("base64"), key.toString("base64")].join("$");
}

function parseStored(stored: string) {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : NaN)) as [
    number,
    number,
    number,
  ];
  const isPowerOfTwo = N > 1 && (N & (N - 1)) === 0;
  if (!isPowerOfTwo || !(r >= 1) || !(p >= 1 && p <= MAX_P) || 128 * N * r > MAX_MEMORY_BYTES) return null;
  const salt = Buffer.from(parts[4]!, "base64");
  const hash = Buffer.from(parts[5]!, "base64");
  if (salt.length === 0 || hash.length < 16) return null;
  return { N, r, p, salt, hash };
}

/** True when `password` matches `stored`; false for a wrong password and for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (!parsed) return false;
  const { N, r, p, salt, hash } = parsed;
  const key = await derive(normalize(password), salt, hash.length, { N, r, p, maxmem: maxmemFor(N, r) });
  return timingSafeEqual(key, hash);
}

/**
 * Why a new password is not acceptable, or null. Length only, no composition rules (NIST SP
 * 800-63B): characters are counted as people see them, so "ż" is one even when decomposed.
 */
export function passwordPolicyProblem(password: string): string | null {
  const length = [...normalize(password)].length;
  if (length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters long`;
  if (length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters long`;
  return null;
}
