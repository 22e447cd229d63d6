// Validators for the fields of the social-economy registry. Each returns `null` for a valid value
// or a short English message for an invalid one. Values are expected to be trimmed by the caller.

import { foldPolish } from "../search/fold-polish";

function weightedSum(digits: string, weights: readonly number[]): number {
  return weights.reduce((sum, weight, index) => sum + weight * Number(digits[index]), 0);
}

const NIP_WEIGHTS = [6, 5, 7, 2, 3, 4, 5, 6, 7];

/** The 10 digits of a NIP written with spaces, dashes or a "PL" (EU VAT) prefix. */
export function normalizeNip(value: string): string {
  return value.replace(/^PL/i, "").replace(/[\s-]/g, "");
}

export function validateNip(value: string): string | null {
  const digits = normalizeNip(value);
  if (!/^\d{10}$/.test(digits)) return "must be 10 digits";
  // A remainder of 10 cannot be written as one digit, so no valid NIP has it.
  const remainder = weightedSum(digits, NIP_WEIGHTS) % 11;
  if (remainder === 10 || remainder !== Number(digits[9])) return "has an invalid check digit";
  return null;
}

const REGON_9_WEIGHTS = [8, 9, 2, 3, 4, 5, 6, 7];
const REGON_14_WEIGHTS = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

function hasValidRegonCheckDigit(digits: string, weights: readonly number[]): boolean {
  const remainder = weightedSum(digits, weights) % 11;
  return remainder % 10 === Number(digits[weights.length]);
}

export function validateRegon(value: string): string | null {
  if (!/^(\d{9}|\d{14})$/.test(value)) return "must be 9 or 14 digits";
  // A 14-digit REGON (a local unit) starts with the 9-digit REGON of its parent entity.
  if (!hasValidRegonCheckDigit(value, REGON_9_WEIGHTS)) return "has an invalid check digit";
  if (value.length === 14 && !hasValidRegonCheckDigit(value, REGON_14_WEIGHTS)) {
    return "has an invalid check digit";
  }
  return null;
}

export function validateKrs(value: string): string | null {
  return /^\d{10}$/.test(value) ? null : "must be 10 digits";
}

export function validatePostalCode(value: string): string | null {
  return /^\d{2}-\d{3}$/.test(value) ? null : "must be in the format NN-NNN";
}

// Only the format is enforced: the official vocabulary (2008) publishes check digits that break
// its own algorithm (e.g. 85210000-3, 03300000-2, 09100000-0), and the published code is the one
// tenders use. Rejecting them would turn away real codes.
export function validateCpvCode(value: string): string | null {
  return /^\d{8}-\d$/.test(value) ? null : "must be in the format NNNNNNNN-N";
}

const EMAIL_DOMAIN_LABEL = /^[\p{L}\p{M}\d](?:[\p{L}\p{M}\d-]*[\p{L}\p{M}\d])?$/u;

export function validateEmail(value: string): string | null {
  if (value.length > 254) return "must be at most 254 characters";
  if (/\s/.test(value)) return "must not contain spaces";
  const parts = value.split("@");
  if (parts.length !== 2) return "must contain exactly one @";
  const [local = "", domain = ""] = parts;
  if (local.length === 0 || local.length > 64) return "must have 1 to 64 characters before the @";
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((label) => EMAIL_DOMAIN_LABEL.test(label))) {
    return "must have a valid domain after the @";
  }
  return null;
}

function compactPhone(value: string): string {
  return value.replace(/[\s\-()]/g, "");
}

export function validatePhone(value: string): string | null {
  const phone = compactPhone(value);
  if (/^(\+48)?\d{9}$/.test(phone)) return null;
  if (!phone.startsWith("+48") && /^\+\d{8,15}$/.test(phone)) return null;
  return "must be 9 digits, +48 and 9 digits, or + and 8 to 15 digits";
}

/** "+48 NNN NNN NNN" for a Polish number, the compact "+…" form otherwise; expects a valid phone. */
export function normalizePhone(value: string): string {
  const phone = compactPhone(value);
  const polish = /^(?:\+48)?(\d{3})(\d{3})(\d{3})$/.exec(phone);
  if (polish) return `+48 ${polish.slice(1).join(" ")}`;
  return phone;
}

export function validateWebsite(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "must be an absolute http or https address";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "must use http or https";
  if (!/[^.]\.[^.]/.test(url.hostname)) return "must have a domain name with a dot";
  if (url.username || url.password) return "must not contain a username or password";
  return null;
}

const SLUG_MAX_LENGTH = 120;

export function validateSlug(value: string): string | null {
  if (value.length < 3 || value.length > SLUG_MAX_LENGTH) return "must be 3 to 120 characters";
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)) {
    return "must contain only lower-case letters, digits and single hyphens";
  }
  return null;
}

/** A slug for Polish text; may be shorter than validateSlug requires if the text has few letters. */
export function slugify(text: string): string {
  return foldPolish(text.toLowerCase())
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX_LENGTH)
    .replace(/-+$/, "");
}

export function validateCoordinates(latitude: number, longitude: number): string | null {
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return "latitude must be a number from -90 to 90";
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return "longitude must be a number from -180 to 180";
  }
  return null;
}
