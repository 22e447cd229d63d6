import type { CertificateStatus } from "@/__generated__/graphql";
import { organizationLabels } from "@/features/organization/organization-labels";
import { LOCALE_TAGS, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatDate } from "@/lib/dates";

/** "ważny od 8 marca 2026 r. do 7 marca 2027 r.", "valid from 8 March 2026 to 7 March 2027". */
export function validityText(certificate: { validFrom: string; validTo: string }, locale: Locale): string {
  const tag = LOCALE_TAGS[locale];
  return getMessages(locale).registry.certificate.valid(
    formatDate(certificate.validFrom, tag),
    formatDate(certificate.validTo, tag),
  );
}

/** The status in words; a revocation says why (the reason is the record's own, Polish, text). */
export function certificateStatusText(
  certificate: { status: CertificateStatus; revokedReason?: string | null },
  locale: Locale,
): { label: string; reason: string | null } {
  const label = organizationLabels(locale).certificateStatuses[certificate.status];
  const reason =
    certificate.status === "REVOKED" && certificate.revokedReason ? certificate.revokedReason : null;
  return { label, reason };
}
