import { CERTIFICATE_TYPE_LABELS_PL, CERTIFICATE_TYPES } from "@obserwatorium/schema";
import { registerEnumType } from "type-graphql";
import { CERTIFICATE_STATUSES } from "./certificate-status";

export const CertificateTypeEnum = Object.fromEntries(CERTIFICATE_TYPES.map((type) => [type, type])) as {
  [K in (typeof CERTIFICATE_TYPES)[number]]: K;
};
export const CertificateStatusEnum = Object.fromEntries(
  CERTIFICATE_STATUSES.map((status) => [status, status]),
) as { [K in (typeof CERTIFICATE_STATUSES)[number]]: K };

registerEnumType(CertificateTypeEnum, {
  name: "CertificateType",
  description: "Quality mark",
  valuesConfig: Object.fromEntries(
    Object.entries(CERTIFICATE_TYPE_LABELS_PL).map(([type, label]) => [type, { description: label }]),
  ),
});
registerEnumType(CertificateStatusEnum, {
  name: "CertificateStatus",
  description: "Computed from the dates and the revocation, today",
  valuesConfig: {
    ACTIVE: { description: "Not revoked, and today is within its term" },
    EXPIRED: { description: "Its term ended" },
    NOT_YET_VALID: { description: "Its term has not started yet" },
    REVOKED: { description: "Withdrawn before the end of its term" },
  },
});
