import {
  isTerytCode,
  normalizeNip,
  normalizePhone,
  PES_TYPES_WITH_FOUNDING_BODY,
  slugify,
  validateCoordinates,
  validateCpvCode,
  validateEmail,
  validateKrs,
  validateNip,
  validatePhone,
  validatePostalCode,
  validateRegon,
  validateSlug,
  validateWebsite,
} from "@obserwatorium/schema";
import type { UserError } from "../common/user-error.type";
import type { OfferingInput, OrganizationInput } from "./dto/organization.input";

const MAX_TEXT = 20_000;
const MAX_NAME = 300;
const MAX_OFFERINGS = 100;
const MAX_AREAS = 500;

/** The input after trimming and normalization, ready to store. */
export interface NormalizedOrganization {
  name: string;
  shortName: string | null;
  slug: string;
  legalForm: OrganizationInput["legalForm"];
  pesType: OrganizationInput["pesType"];
  nip: string | null;
  regon: string | null;
  krs: string | null;
  streetAddress: string;
  postalCode: string;
  city: string;
  seatGminaCode: string;
  latitude: number | null;
  longitude: number | null;
  areaCodes: string[];
  email: string | null;
  phone: string | null;
  website: string | null;
  description: string;
  foundingBody: string | null;
  employeeCount: number | null;
  employeesAtRiskCount: number | null;
  offerings: { kind: OfferingInput["kind"]; name: string; description: string; cpvCodes: string[] }[];
  isActive: boolean;
  lastVerifiedAt: string | null;
  lastVerifiedSource: string | null;
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Checks everything that needs no database; returns every problem with its input path. */
export function validateOrganizationInput(input: OrganizationInput, path: string[] = ["input"]) {
  const errors: UserError[] = [];
  const problem = (field: string[], message: string | null) => {
    if (message) errors.push({ field: [...path, ...field], message });
  };
  const required = (field: string[], value: string | null, max = MAX_NAME) => {
    if (!value) problem(field, "must not be empty");
    else if (value.length > max) problem(field, `must be at most ${max} characters`);
    return value ?? "";
  };

  const name = required(["name"], blankToNull(input.name));
  const shortName = blankToNull(input.shortName);
  if (shortName && shortName.length > 120) problem(["shortName"], "must be at most 120 characters");
  const slug = blankToNull(input.slug) ?? slugify(name);
  problem(["slug"], validateSlug(slug));

  const nip = blankToNull(input.nip);
  problem(["nip"], nip && validateNip(nip));
  const regon = blankToNull(input.regon);
  problem(["regon"], regon && validateRegon(regon));
  const krs = blankToNull(input.krs);
  problem(["krs"], krs && validateKrs(krs));

  const streetAddress = required(["address", "streetAddress"], blankToNull(input.address.streetAddress));
  const postalCode = required(["address", "postalCode"], blankToNull(input.address.postalCode), 6);
  if (postalCode) problem(["address", "postalCode"], validatePostalCode(postalCode));
  const city = required(["address", "city"], blankToNull(input.address.city));
  const seatGminaCode = input.address.gminaCode.trim();
  if (!/^\d{7}$/.test(seatGminaCode))
    problem(["address", "gminaCode"], "must be the 7-digit TERYT code of a gmina");

  if (input.coordinates) {
    problem(["coordinates"], validateCoordinates(input.coordinates.latitude, input.coordinates.longitude));
  }
  const areaCodes = [...new Set((input.areaCodes ?? []).map((code) => code.trim()))];
  if (areaCodes.length > MAX_AREAS) problem(["areaCodes"], `must list at most ${MAX_AREAS} units`);
  areaCodes.forEach((code, index) => {
    if (!isTerytCode(code)) problem(["areaCodes", String(index)], "must be a TERYT code of 2, 4 or 7 digits");
  });

  const email = blankToNull(input.contact?.email);
  problem(["contact", "email"], email && validateEmail(email));
  const phone = blankToNull(input.contact?.phone);
  problem(["contact", "phone"], phone && validatePhone(phone));
  const website = blankToNull(input.contact?.website);
  problem(["contact", "website"], website && validateWebsite(website));

  const description = input.description?.trim() ?? "";
  if (description.length > MAX_TEXT) problem(["description"], `must be at most ${MAX_TEXT} characters`);
  const foundingBody = blankToNull(input.foundingBody);
  if (PES_TYPES_WITH_FOUNDING_BODY.includes(input.pesType) && !foundingBody) {
    problem(["foundingBody"], `is required for a ${input.pesType}`);
  }

  const employeeCount = input.employeeCount ?? null;
  const employeesAtRiskCount = input.employeesAtRiskCount ?? null;
  if (employeeCount !== null && employeeCount < 0) problem(["employeeCount"], "must not be negative");
  if (employeesAtRiskCount !== null && employeesAtRiskCount < 0) {
    problem(["employeesAtRiskCount"], "must not be negative");
  }
  if (employeeCount !== null && employeesAtRiskCount !== null && employeesAtRiskCount > employeeCount) {
    problem(["employeesAtRiskCount"], "must not exceed employeeCount");
  }

  const offerings = (input.offerings ?? []).map((offering, index) => {
    const offeringName = required(["offerings", String(index), "name"], blankToNull(offering.name));
    const cpvCodes = [...new Set((offering.cpvCodes ?? []).map((code) => code.trim()))];
    cpvCodes.forEach((code, cpvIndex) =>
      problem(["offerings", String(index), "cpvCodes", String(cpvIndex)], validateCpvCode(code)),
    );
    return {
      kind: offering.kind,
      name: offeringName,
      description: offering.description?.trim() ?? "",
      cpvCodes,
    };
  });
  if (offerings.length > MAX_OFFERINGS) problem(["offerings"], `must list at most ${MAX_OFFERINGS} items`);

  const lastVerifiedAt = input.lastVerifiedAt ?? null;
  const lastVerifiedSource = blankToNull(input.lastVerifiedSource);
  if (lastVerifiedAt && !lastVerifiedSource)
    problem(["lastVerifiedSource"], "must say how the data was verified");

  const normalized: NormalizedOrganization = {
    name,
    shortName,
    slug,
    legalForm: input.legalForm,
    pesType: input.pesType,
    nip: nip && !validateNip(nip) ? normalizeNip(nip) : nip,
    regon,
    krs,
    streetAddress,
    postalCode,
    city,
    seatGminaCode,
    latitude: input.coordinates?.latitude ?? null,
    longitude: input.coordinates?.longitude ?? null,
    areaCodes,
    email: email?.toLowerCase() ?? null,
    phone: phone && !validatePhone(phone) ? normalizePhone(phone) : phone,
    website,
    description,
    foundingBody,
    employeeCount,
    employeesAtRiskCount,
    offerings,
    isActive: input.isActive ?? true,
    lastVerifiedAt,
    lastVerifiedSource,
  };
  return { errors, normalized };
}
