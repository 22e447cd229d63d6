import type { OrganizationFilter, ReservedContractKind } from "@/__generated__/graphql";
import { firstParam, pageParam, type RawSearchParams } from "@/lib/search-params";

export const PROCUREMENT_PATH = "/zakupy-prospoleczne";
export const PROCUREMENT_CSV_PATH = `${PROCUREMENT_PATH}/eksport.csv`;
export const PROCUREMENT_PRINT_PATH = `${PROCUREMENT_PATH}/lista`;
export const PAGE_SIZE = 20;
/** The API refuses longer text; longer input is cut, not rejected. */
const MAX_TEXT_LENGTH = 200;
const MAX_PLACE_LENGTH = 100;
const MAX_CPV_LENGTH = 20;
/** A powiat (4 digits) or gmina (7 digits) of podlaskie, the region of the first deployment. */
const REGION_AREA_CODE = /^20\d{2}(\d{3})?$/;

/** The reserved-contract choice as the URL carries it (`zastrzezone`), with its API value. */
export const RESERVED_OPTIONS = [
  { param: "art94", kind: "SOCIAL_INTEGRATION", label: "art. 94 Pzp — integracja społeczna i zawodowa" },
  {
    param: "art361",
    kind: "PUBLIC_SERVICE_MISSION",
    label: "art. 361 Pzp — usługi zdrowotne, społeczne i kulturalne",
  },
] as const satisfies readonly { param: string; kind: ReservedContractKind; label: string }[];

export type ReservedParam = (typeof RESERVED_OPTIONS)[number]["param"];

/** Everything /zakupy-prospoleczne reads from its URL, validated: unknown values are dropped. */
export interface ProcurementSearch {
  /** Name or words of the offer, NIP, REGON, KRS (`q`). */
  text: string;
  /** The place as typed (`gdzie`), resolved by the page to a gmina or powiat. */
  place: string;
  /** False when `gdzie` is not in the URL at all (a link naming only `obszar`). */
  placeInUrl: boolean;
  /** TERYT code the place was resolved to (`obszar`). */
  areaCode: string;
  /** CPV code or its beginning (`cpv`), passed to the API as typed: the API validates it. */
  cpv: string;
  /** `zastrzezone`: only those who may bid for this kind of reserved contract; "" for any. */
  reserved: ReservedParam | "";
  /** `certyfikat=tak`: only holders of an active "Zakup Prospołeczny" certificate. */
  certifiedOnly: boolean;
  /** 1-based page number (`strona`). */
  page: number;
}

export function parseProcurementSearch(params: RawSearchParams): ProcurementSearch {
  const areaCode = firstParam(params.obszar);
  const reserved = firstParam(params.zastrzezone);
  return {
    text: firstParam(params.q).slice(0, MAX_TEXT_LENGTH),
    place: firstParam(params.gdzie).slice(0, MAX_PLACE_LENGTH),
    placeInUrl: params.gdzie !== undefined,
    areaCode: REGION_AREA_CODE.test(areaCode) ? areaCode : "",
    cpv: firstParam(params.cpv).slice(0, MAX_CPV_LENGTH),
    reserved: RESERVED_OPTIONS.find((option) => option.param === reserved)?.param ?? "",
    certifiedOnly: firstParam(params.certyfikat) === "tak",
    page: pageParam(params.strona),
  };
}

export function reservedKindOf(search: ProcurementSearch): ReservedContractKind | undefined {
  return RESERVED_OPTIONS.find((option) => option.param === search.reserved)?.kind;
}

/** The search as the API's filter; `areaCode` is the resolved place (none: the whole register). */
export function toProcurementFilter(search: ProcurementSearch): OrganizationFilter {
  return {
    text: search.text || undefined,
    areaCode: search.areaCode || undefined,
    cpvPrefix: search.cpv || undefined,
    canBidForReservedContract: reservedKindOf(search),
    activeCertificateType: search.certifiedOnly ? "ZAKUP_PROSPOLECZNY" : undefined,
  };
}

/** The query string of a search, in the order the form submits its fields; page 1 left out. */
export function procurementQuery(search: ProcurementSearch, page = 1): string {
  const params = new URLSearchParams();
  if (search.text) params.append("q", search.text);
  if (search.place) params.append("gdzie", search.place);
  if (search.areaCode) params.append("obszar", search.areaCode);
  if (search.cpv) params.append("cpv", search.cpv);
  if (search.reserved) params.append("zastrzezone", search.reserved);
  if (search.certifiedOnly) params.append("certyfikat", "tak");
  if (page > 1) params.append("strona", String(page));
  return params.toString();
}

/** The shareable URL of a search (or of its CSV or printable list, with the same parameters). */
export function procurementHref(search: ProcurementSearch, page = 1, path = PROCUREMENT_PATH): string {
  const query = procurementQuery(search, page);
  return query ? `${path}?${query}` : path;
}
