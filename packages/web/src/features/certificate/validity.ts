import type { CertificateStatus } from "@/__generated__/graphql";
import { CERTIFICATE_STATUS_LABELS } from "@/features/organization/labels";
import { formatDate } from "@/lib/dates";

/** "ważny od 8 marca 2026 r. do 7 marca 2027 r." */
export function validityText(certificate: { validFrom: string; validTo: string }): string {
  return `ważny od ${formatDate(certificate.validFrom)} r. do ${formatDate(certificate.validTo)} r.`;
}

/** The status in words; a revocation says why. */
export function certificateStatusText(certificate: {
  status: CertificateStatus;
  revokedReason?: string | null;
}): string {
  const label = CERTIFICATE_STATUS_LABELS[certificate.status];
  if (certificate.status === "REVOKED" && certificate.revokedReason) {
    return `${label} — powód: ${certificate.revokedReason}`;
  }
  return label;
}
