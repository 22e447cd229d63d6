import type { CertificateStatus } from "@/__generated__/graphql";
import { pluralize } from "@/lib/polish-plural";
import { daysBetween } from "../records/dates";

const DAYS = { one: "dzień", few: "dni", many: "dni" };

/** "wygasa za 12 dni", "wygasa dziś", "wygasł 3 dni temu", "cofnięty", "ważny od …" in words. */
export function expiryText(
  certificate: { status: CertificateStatus; validFrom: string; validTo: string },
  today: string,
): string {
  if (certificate.status === "REVOKED") return "cofnięty";
  if (certificate.status === "NOT_YET_VALID") {
    return `zacznie obowiązywać za ${pluralize(daysBetween(today, certificate.validFrom), DAYS)}`;
  }
  const left = daysBetween(today, certificate.validTo);
  if (left < 0) return `wygasł ${pluralize(-left, DAYS)} temu`;
  if (left === 0) return "wygasa dziś";
  return `wygasa za ${pluralize(left, DAYS)}`;
}
