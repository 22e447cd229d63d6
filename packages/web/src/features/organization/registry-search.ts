import type {
  CertificateType,
  LegalForm,
  OrganizationFilter,
  OrganizationOrder,
  PesType,
} from "@/__generated__/graphql";
import { allParams, firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";
import { CERTIFICATE_TYPE_LABELS, LEGAL_FORM_LABELS, PES_TYPE_LABELS } from "./labels";

/** The region of the first deployment; "całe województwo" searches the whole of it. */
export const REGION_CODE = "20";
export const PAGE_SIZE = 20;
/** The API refuses longer text; longer input is cut, not rejected. */
const MAX_TEXT_LENGTH = 200;
const MAX_CPV_LENGTH = 20;

/** The orders of the search form, in its order; their words are in the registry dictionary. */
export const SORT_OPTIONS = [
  { value: "nazwa", order: "NAME" },
  { value: "weryfikacja", order: "LAST_VERIFIED" },
  { value: "certyfikat", order: "CERTIFICATE_VALIDITY" },
] as const satisfies readonly { value: string; order: OrganizationOrder }[];

export type SortValue = (typeof SORT_OPTIONS)[number]["value"];

/**
 * Everything the registry search page reads from its URL, already validated. Unknown or malformed
 * values are dropped (the page then behaves as if they were absent), so a hand-edited or outdated
 * link never breaks the page. The text and the CPV code are passed on as typed: the API is the one
 * that validates them, and its BAD_USER_INPUT answer is shown to the user.
 */
export interface RegistrySearch {
  /** Name, NIP, REGON or KRS (`q`). */
  text: string;
  /** TERYT code of the area (`obszar`); "" for the whole województwo. */
  area: string;
  legalForms: LegalForm[];
  pesTypes: PesType[];
  /** `certyfikat`: only holders of an active certificate of this type. */
  certificate: CertificateType | null;
  /** `ps=tak`: only przedsiębiorstwa społeczne (active PS status). */
  socialEnterprise: boolean;
  cpv: string;
  /** `dzialajace=tak`: only organizations known to operate. */
  activeOnly: boolean;
  sort: SortValue;
  /** 1-based page number (`strona`). */
  page: number;
}

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

const LEGAL_FORMS = Object.keys(LEGAL_FORM_LABELS) as LegalForm[];
const PES_TYPES = Object.keys(PES_TYPE_LABELS) as PesType[];
const CERTIFICATE_TYPES = Object.keys(CERTIFICATE_TYPE_LABELS) as CertificateType[];

/**
 * Reads the search from the URL. `areaOptions` maps every TERYT code the page accepts to the value
 * of the area select that stands for it (the gmina of a city with powiat rights is offered as the
 * city), so that the select always shows the area being searched.
 */
export function parseRegistrySearch(
  params: RawSearchParams,
  areaOptions: ReadonlyMap<string, string>,
): RegistrySearch {
  const area = areaOptions.get(firstParam(params.obszar)) ?? "";
  const certificate = firstParam(params.certyfikat);
  const sort = firstParam(params.sort);
  return {
    text: firstParam(params.q).slice(0, MAX_TEXT_LENGTH),
    area: area === REGION_CODE ? "" : area,
    legalForms: allParams(params.forma).filter((value) => isOneOf(LEGAL_FORMS, value)),
    pesTypes: allParams(params.typ).filter((value) => isOneOf(PES_TYPES, value)),
    certificate: isOneOf(CERTIFICATE_TYPES, certificate) ? certificate : null,
    socialEnterprise: firstParam(params.ps) === "tak",
    cpv: firstParam(params.cpv).slice(0, MAX_CPV_LENGTH),
    activeOnly: firstParam(params.dzialajace) === "tak",
    sort: SORT_OPTIONS.some((option) => option.value === sort) ? (sort as SortValue) : "nazwa",
    page: pageParam(params.strona),
  };
}

export function toOrganizationFilter(search: RegistrySearch): OrganizationFilter {
  return {
    text: search.text || undefined,
    areaCode: search.area || REGION_CODE,
    legalForms: search.legalForms.length > 0 ? search.legalForms : undefined,
    pesTypes: search.pesTypes.length > 0 ? search.pesTypes : undefined,
    activeCertificateType: search.certificate ?? undefined,
    socialEnterpriseStatuses: search.socialEnterprise ? ["ACTIVE"] : undefined,
    cpvPrefix: search.cpv || undefined,
    activeOnly: search.activeOnly || undefined,
  };
}

export function toOrganizationOrder(search: RegistrySearch): OrganizationOrder {
  return SORT_OPTIONS.find((option) => option.value === search.sort)!.order;
}

/** True when anything narrows the search (used to word the empty state). */
export function hasFilters(search: RegistrySearch): boolean {
  return (
    search.text !== "" ||
    search.area !== "" ||
    search.legalForms.length > 0 ||
    search.pesTypes.length > 0 ||
    search.certificate !== null ||
    search.socialEnterprise ||
    search.cpv !== "" ||
    search.activeOnly
  );
}

/**
 * The shareable URL of a search, in the same parameter names and order as the form submits them,
 * with defaults left out. `page` 1 is left out too. Unprefixed: `localeHref` adds the language.
 */
export function registrySearchHref(search: RegistrySearch, page = 1): string {
  const params = new URLSearchParams();
  if (search.text) params.append("q", search.text);
  if (search.area) params.append("obszar", search.area);
  for (const form of search.legalForms) params.append("forma", form);
  for (const type of search.pesTypes) params.append("typ", type);
  if (search.certificate) params.append("certyfikat", search.certificate);
  if (search.socialEnterprise) params.append("ps", "tak");
  if (search.cpv) params.append("cpv", search.cpv);
  if (search.activeOnly) params.append("dzialajace", "tak");
  if (search.sort !== "nazwa") params.append("sort", search.sort);
  if (page > 1) params.append("strona", String(page));
  const query = params.toString();
  return query ? `/podmioty?${query}` : "/podmioty";
}
