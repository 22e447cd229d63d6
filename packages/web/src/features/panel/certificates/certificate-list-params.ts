import type { CertificateType } from "@/__generated__/graphql";
import { CERTIFICATE_TYPE_LABELS } from "@/features/organization/labels";
import { firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";

/**
 * The certificate list's GET parameters: `rodzaj` (type), `wazne=1` (valid today only), `podmiot`
 * (one holder's global ID, linked from its page), `strona`.
 */
export interface CertificateListParams {
  type: CertificateType | null;
  organizationId: string | null;
  activeOnly: boolean;
  page: number;
}

export function certificateListParams(params: RawSearchParams): CertificateListParams {
  const type = firstParam(params.rodzaj);
  return {
    type: Object.hasOwn(CERTIFICATE_TYPE_LABELS, type) ? (type as CertificateType) : null,
    organizationId: /^[A-Za-z0-9_-]{1,200}$/.test(firstParam(params.podmiot))
      ? firstParam(params.podmiot)
      : null,
    activeOnly: firstParam(params.wazne) === "1",
    page: pageParam(params.strona),
  };
}

export function certificateListHref(params: CertificateListParams, page: number): string {
  const query = new URLSearchParams();
  if (params.type) query.set("rodzaj", params.type);
  if (params.activeOnly) query.set("wazne", "1");
  if (params.organizationId) query.set("podmiot", params.organizationId);
  if (page > 1) query.set("strona", String(page));
  const text = query.toString();
  return text ? `/panel/certyfikaty?${text}` : "/panel/certyfikaty";
}
