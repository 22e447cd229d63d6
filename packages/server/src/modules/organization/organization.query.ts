import type { SqlFragment } from "../common/sql";
import {
  SOCIAL_INTEGRATION_LEGAL_FORMS,
  SOCIAL_INTEGRATION_PES_TYPES,
  type CertificateType,
  type LegalForm,
  type PesType,
  type ReservedContractKind,
  type SocialEnterpriseStatusValue,
} from "@obserwatorium/schema";
import type { PublicationState } from "./organization.entity";
import type { OrganizationOrder } from "./dto/organization-filter.input";
import { publicServiceMissionCpvRoots } from "./reserved-contracts";

/** A validated, normalized organization search; every value ends up as a bound parameter. */
export interface OrganizationCriteria {
  today: string;
  publicationStates: readonly PublicationState[];
  ids?: readonly string[];
  slug?: string;
  identifier?: string;
  legalForms?: readonly LegalForm[];
  pesTypes?: readonly PesType[];
  socialEnterpriseStatuses?: readonly SocialEnterpriseStatusValue[];
  hasActiveCertificate?: boolean;
  activeCertificateType?: CertificateType;
  areaCode?: string;
  cpvPrefix?: string;
  canBidForReservedContract?: ReservedContractKind;
  activeOnly?: boolean;
}

export const CURRENT_PS_STATUS_SQL = `coalesce((
  select case d.decision when 'GRANTED' then 'ACTIVE' else 'WITHDRAWN' end
  from social_enterprise_decision d
  where d.organization_id = o.id and d.effective_from <= ?
  order by d.effective_from desc, d.decision_date desc, d.created_at desc
  limit 1), 'NONE')`;

const ACTIVE_CERTIFICATE_SQL = `select 1 from certificate c
  where c.organization_id = o.id and not c.revoked and c.valid_from <= ? and c.valid_to >= ?`;

export function organizationWhere(criteria: OrganizationCriteria): SqlFragment {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    conditions.push(sql);
    params.push(...values);
  };
  const { today } = criteria;

  add("o.publication_state in (?)", [...criteria.publicationStates]);
  if (criteria.ids) add("o.id = any(string_to_array(?, ',')::uuid[])", criteria.ids.join(","));
  if (criteria.slug) add("o.slug = ?", criteria.slug);
  if (criteria.identifier) {
    add(
      "(o.nip = ? or o.regon = ? or o.krs = ?)",
      criteria.identifier,
      criteria.identifier,
      criteria.identifier,
    );
  }
  if (criteria.legalForms?.length) add("o.legal_form in (?)", [...criteria.legalForms]);
  if (criteria.pesTypes?.length) add("o.pes_type in (?)", [...criteria.pesTypes]);
  if (criteria.socialEnterpriseStatuses?.length) {
    add(`${CURRENT_PS_STATUS_SQL} in (?)`, today, [...criteria.socialEnterpriseStatuses]);
  }
  if (criteria.hasActiveCertificate) add(`exists (${ACTIVE_CERTIFICATE_SQL})`, today, today);
  if (criteria.activeCertificateType) {
    add(`exists (${ACTIVE_CERTIFICATE_SQL} and c.type = ?)`, today, today, criteria.activeCertificateType);
  }
  if (criteria.areaCode) {
    add(
      `(teryt_overlaps(o.seat_gmina_code, ?) or exists (
         select 1 from organization_area a
         where a.organization_id = o.id and teryt_overlaps(a.territorial_unit_code, ?)))`,
      criteria.areaCode,
      criteria.areaCode,
    );
  }
  if (criteria.cpvPrefix) {
    add(
      `(exists (select 1 from offering f, unnest(f.cpv_codes) as cpv
                where f.organization_id = o.id and starts_with(cpv, ?))
        or exists (select 1 from certificate c
                   join certified_offering co on co.certificate_id = c.id, unnest(co.cpv_codes) as cpv
                   where c.organization_id = o.id and starts_with(cpv, ?)))`,
      criteria.cpvPrefix,
      criteria.cpvPrefix,
    );
  }
  if (criteria.canBidForReservedContract === "SOCIAL_INTEGRATION") {
    add(
      "(o.legal_form in (?) or o.pes_type in (?))",
      [...SOCIAL_INTEGRATION_LEGAL_FORMS],
      [...SOCIAL_INTEGRATION_PES_TYPES],
    );
  }
  if (criteria.canBidForReservedContract === "PUBLIC_SERVICE_MISSION") {
    add(
      `exists (select 1 from offering f, unnest(f.cpv_codes) as cpv
               where f.organization_id = o.id and left(cpv, 8) = any(string_to_array(?, ',')))`,
      [...publicServiceMissionCpvRoots()].join(","),
    );
  }
  if (criteria.activeOnly) add("o.is_active");
  return { sql: conditions.join("\n  and "), params };
}

export function organizationOrderBy(
  order: OrganizationOrder | "RELEVANCE",
  criteria: OrganizationCriteria,
): SqlFragment {
  switch (order) {
    case "RELEVANCE":
      return {
        sql: "array_position(string_to_array(?, ','), o.id::text)",
        params: [criteria.ids!.join(",")],
      };
    case "LAST_VERIFIED":
      return { sql: 'o.last_verified_at desc nulls last, o.name collate "pl-x-icu", o.id', params: [] };
    case "CERTIFICATE_VALIDITY":
      return {
        sql: `(select max(c.valid_to) from certificate c where c.organization_id = o.id and not c.revoked
                and c.valid_from <= ? and c.valid_to >= ?) desc nulls last, o.name collate "pl-x-icu", o.id`,
        params: [criteria.today, criteria.today],
      };
    default:
      return { sql: 'o.name collate "pl-x-icu", o.id', params: [] };
  }
}
