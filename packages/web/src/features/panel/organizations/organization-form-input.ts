import type {
  LegalForm,
  OfferingKind,
  OrganizationInput,
  PanelOrganizationEdit_OrganizationFragment,
  PesType,
} from "@/__generated__/graphql";
import { LEGAL_FORM_LABELS, OFFERING_KIND_LABELS, PES_TYPE_LABELS } from "@/features/organization/labels";
import { formInputReader, type FormConversion } from "../records/form-input";

/** The fields of one offering row; a row with none of them filled is left out. */
export const OFFERING_ROW_FIELDS = ["name", "description", "cpvCodes"] as const;

const oneOf = <T extends string>(labels: Record<T, string>, value: string | null): value is T =>
  value !== null && Object.hasOwn(labels, value);

/**
 * The organization form's posted text as the API's OrganizationInput (every field: the mutation
 * replaces the whole record). Offering rows keep their form numbers in `rowIndexes.offerings`, so an
 * API error about offering 1 lands at the form's row even when a blank row was left out before it.
 */
export function organizationInputFromForm(values: Record<string, string>): FormConversion<OrganizationInput> {
  const read = formInputReader(values);
  const name = read.required("name", "Wpisz nazwę podmiotu.");
  const legalForm = read.text("legalForm");
  if (!oneOf(LEGAL_FORM_LABELS, legalForm)) read.fail("legalForm", "Wybierz formę prawną.");
  const pesType = read.text("pesType");
  if (!oneOf(PES_TYPE_LABELS, pesType)) read.fail("pesType", "Wybierz rodzaj podmiotu.");

  const latitude = read.decimal("coordinates.latitude");
  const longitude = read.decimal("coordinates.longitude");
  if ((latitude === null) !== (longitude === null)) {
    read.fail(
      latitude === null ? "coordinates.latitude" : "coordinates.longitude",
      "Podaj obie współrzędne albo żadnej.",
    );
  }

  const offeringRows = read.rows("offerings", OFFERING_ROW_FIELDS);
  const offerings = offeringRows.map((row) => {
    const kind = read.text(`offerings.${row}.kind`);
    if (!oneOf(OFFERING_KIND_LABELS, kind))
      read.fail(`offerings.${row}.kind`, "Wybierz: produkt czy usługa.");
    return {
      kind: (kind ?? "SERVICE") as OfferingKind,
      name: read.required(`offerings.${row}.name`, "Wpisz nazwę produktu lub usługi."),
      description: read.text(`offerings.${row}.description`),
      cpvCodes: read.list(`offerings.${row}.cpvCodes`),
    };
  });

  const input: OrganizationInput = {
    name,
    shortName: read.text("shortName"),
    slug: read.text("slug"),
    legalForm: legalForm as LegalForm,
    pesType: pesType as PesType,
    foundingBody: read.text("foundingBody"),
    nip: read.text("nip"),
    regon: read.text("regon"),
    krs: read.text("krs"),
    isActive: read.flag("isActive"),
    address: {
      streetAddress: read.required("address.streetAddress", "Wpisz ulicę i numer."),
      postalCode: read.required("address.postalCode", "Wpisz kod pocztowy."),
      city: read.required("address.city", "Wpisz miejscowość."),
      gminaCode: read.required("address.gminaCode", "Wpisz kod TERYT gminy siedziby."),
    },
    coordinates: latitude !== null && longitude !== null ? { latitude, longitude } : null,
    areaCodes: read.list("areaCodes"),
    contact: {
      email: read.text("contact.email"),
      phone: read.text("contact.phone"),
      website: read.text("contact.website"),
    },
    employeeCount: read.int("employeeCount"),
    employeesAtRiskCount: read.int("employeesAtRiskCount"),
    description: read.text("description"),
    offerings,
    lastVerifiedAt: read.date("lastVerifiedAt"),
    lastVerifiedSource: read.text("lastVerifiedSource"),
  };
  if (Object.keys(read.errors).length > 0) return { ok: false, errors: read.errors };
  return { ok: true, input, rowIndexes: { offerings: offeringRows } };
}

/** A stored organization as the form's text values (the inverse of organizationInputFromForm). */
export function organizationFormValues(
  organization: PanelOrganizationEdit_OrganizationFragment,
): Record<string, string> {
  const values: Record<string, string> = {
    name: organization.name,
    shortName: organization.shortName ?? "",
    slug: organization.slug,
    legalForm: organization.legalForm,
    pesType: organization.pesType,
    foundingBody: organization.foundingBody ?? "",
    nip: organization.nip ?? "",
    regon: organization.regon ?? "",
    krs: organization.krs ?? "",
    isActive: String(organization.isActive),
    "address.streetAddress": organization.address.streetAddress,
    "address.postalCode": organization.address.postalCode,
    "address.city": organization.address.city,
    "address.gminaCode": organization.address.gminaCode,
    "coordinates.latitude": organization.coordinates ? String(organization.coordinates.latitude) : "",
    "coordinates.longitude": organization.coordinates ? String(organization.coordinates.longitude) : "",
    areaCodes: organization.areasServed.map((area) => area.code).join(", "),
    "contact.email": organization.contact.email ?? "",
    "contact.phone": organization.contact.phone ?? "",
    "contact.website": organization.contact.website ?? "",
    employeeCount: organization.employeeCount?.toString() ?? "",
    employeesAtRiskCount: organization.employeesAtRiskCount?.toString() ?? "",
    description: organization.description,
    lastVerifiedAt: organization.lastVerifiedAt ?? "",
    lastVerifiedSource: organization.lastVerifiedSource ?? "",
  };
  organization.offerings.forEach((offering, row) => {
    values[`offerings.${row}.kind`] = offering.kind;
    values[`offerings.${row}.name`] = offering.name;
    values[`offerings.${row}.description`] = offering.description;
    values[`offerings.${row}.cpvCodes`] = offering.cpvCodes.join(", ");
  });
  return values;
}
