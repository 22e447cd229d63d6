import { COST_KIND_LABELS_PL, type CostKind, type ServiceType } from "@obserwatorium/schema";
import type { Organization } from "../organization/organization.entity";
import type { Service } from "../service/service.entity";
import { hsdsId } from "./hsds-ids";
import { hsdsServiceAtLocation, type LocationRecords, type UnitsByCode } from "./hsds-location.mapper";
import { hsdsOrganizationSummary } from "./hsds-organization.mapper";
import { termsOfServiceType } from "./hsds-taxonomy";

export interface HsdsLinks {
  siteUrl: string;
  today: string;
}

/** Our code for Polish Sign Language, and its ISO 639-3 code. */
const SIGN_LANGUAGE = { ours: "pjm", iso: "pso", name: "polski język migowy" };
const languageNames = new Intl.DisplayNames(["pl"], { type: "language", fallback: "code" });

const isoDate = (value: Date | string | null | undefined) =>
  value == null
    ? undefined
    : typeof value === "string"
      ? value.slice(0, 10)
      : value.toISOString().slice(0, 10);

function status(service: Service, today: string): "active" | "inactive" {
  const validTo = isoDate(service.validTo);
  const validFrom = isoDate(service.validFrom);
  return (validTo && validTo < today) || (validFrom && validFrom > today) ? "inactive" : "active";
}

/** The one-to-one fields, as in an HSDS paginated list of services. */
export function hsdsServiceSummary(service: Service, provider: Organization | null, links: HsdsLinks) {
  return {
    id: service.id,
    ...(provider && { organization_id: provider.id }),
    name: service.title,
    description: service.description,
    url: `${links.siteUrl}/uslugi/${encodeURIComponent(service.slug)}`,
    status: status(service, links.today),
    application_process: service.howToApply,
    fees_description: [COST_KIND_LABELS_PL[service.costKind as CostKind], service.costExplanation]
      .filter(Boolean)
      .join(". "),
    eligibility_description: service.eligibilityText,
    ...(service.minAge != null && { minimum_age: service.minAge }),
    ...(service.maxAge != null && { maximum_age: service.maxAge }),
    ...(service.lastVerifiedAt && { assured_date: isoDate(service.lastVerifiedAt) }),
    last_modified: service.updatedAt.toISOString(),
    ...(provider && { organization: hsdsOrganizationSummary(provider, links) }),
  };
}

export interface ServiceRecords {
  service: Service;
  provider: Organization | null;
  locations: readonly LocationRecords[];
  areaCodes: readonly string[];
  units: UnitsByCode;
}

function costOption(service: Service) {
  const amount =
    service.costKind === "FREE" ? 0 : service.costAmount == null ? undefined : Number(service.costAmount);
  return {
    id: hsdsId("cost_option", service.id),
    service_id: service.id,
    option: COST_KIND_LABELS_PL[service.costKind as CostKind],
    ...(amount !== undefined && { amount, currency: "PLN" }),
    ...(service.costUnit && { amount_description: service.costUnit }),
    ...(isoDate(service.validFrom) && { valid_from: isoDate(service.validFrom) }),
    ...(isoDate(service.validTo) && { valid_to: isoDate(service.validTo) }),
  };
}

function language(service: Service, code: string) {
  const sign = code === SIGN_LANGUAGE.ours;
  return {
    id: hsdsId("language", service.id, code),
    service_id: service.id,
    code: sign ? SIGN_LANGUAGE.iso : code,
    name: sign ? SIGN_LANGUAGE.name : (languageNames.of(code) ?? code),
  };
}

function serviceArea(service: Service, code: string, units: UnitsByCode) {
  const unit = units.get(code);
  return {
    id: hsdsId("service_area", service.id, code),
    service_id: service.id,
    name: unit?.name ?? code,
    description: `TERYT (TERC) ${code}`,
    extent_type: "text",
    extent: code,
    uri: `urn:teryt:terc:${code}`,
  };
}

/** The fully nested service of GET /hsds/services/{id}. */
export function hsdsService(records: ServiceRecords, links: HsdsLinks) {
  const { service, provider, units } = records;
  return {
    ...hsdsServiceSummary(service, provider, links),
    service_at_locations: records.locations.map((entry) => hsdsServiceAtLocation(service, entry, units)),
    service_areas: records.areaCodes.map((code) => serviceArea(service, code, units)),
    cost_options: [costOption(service)],
    languages: service.languages.map((code) => language(service, code)),
    required_documents: service.requiredDocuments.map((document, index) => ({
      id: hsdsId("required_document", service.id, String(index)),
      service_id: service.id,
      document,
    })),
    attributes: termsOfServiceType(service.serviceType as ServiceType).map((term) => ({
      id: hsdsId("attribute", service.id, term.code),
      link_id: service.id,
      link_type: "service_category",
      link_entity: "service",
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    })),
  };
}
