import type { Certificate } from "./certificate.entity";

export const CERTIFICATE_STATUSES = ["ACTIVE", "NOT_YET_VALID", "EXPIRED", "REVOKED"] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** Active = not revoked and today within [validFrom, validTo]; computed on every read, never stored. */
export function certificateStatusOn(
  certificate: Pick<Certificate, "revoked" | "validFrom" | "validTo">,
  today: string,
): CertificateStatus {
  if (certificate.revoked) return "REVOKED";
  if (today < certificate.validFrom) return "NOT_YET_VALID";
  if (today > certificate.validTo) return "EXPIRED";
  return "ACTIVE";
}
