import type {
  OrganizationInput,
  PanelMyOrganizationQuery,
  PanelMyServiceQuery,
  ServiceInput,
} from "@/__generated__/graphql";

type Address = MyOrganization["address"];
type Coordinates = NonNullable<MyOrganization["coordinates"]>;

// Answers carry `__typename`, which no input type accepts: inputs are built field by field.
const addressInput = (address: Address) => ({
  streetAddress: address.streetAddress,
  postalCode: address.postalCode,
  city: address.city,
  gminaCode: address.gminaCode,
});

const coordinatesInput = (coordinates: Coordinates | null) =>
  coordinates ? { latitude: coordinates.latitude, longitude: coordinates.longitude } : null;

export type MyOrganization = NonNullable<PanelMyOrganizationQuery["organization"]>;
export type MyService = NonNullable<PanelMyServiceQuery["service"]>;

/** The organization as it is, as the input that would store it unchanged. */
export function organizationInputOf(record: MyOrganization): OrganizationInput {
  return {
    name: record.name,
    shortName: record.shortName,
    slug: record.slug,
    legalForm: record.legalForm,
    pesType: record.pesType,
    nip: record.nip,
    regon: record.regon,
    krs: record.krs,
    description: record.description,
    foundingBody: record.foundingBody,
    employeeCount: record.employeeCount,
    employeesAtRiskCount: record.employeesAtRiskCount,
    isActive: record.isActive,
    lastVerifiedAt: record.lastVerifiedAt,
    lastVerifiedSource: record.lastVerifiedSource,
    address: addressInput(record.address),
    coordinates: coordinatesInput(record.coordinates),
    contact: { email: record.contact.email, phone: record.contact.phone, website: record.contact.website },
    areaCodes: record.areasServed.map((unit) => unit.code),
    offerings: record.offerings.map(({ kind, name, description, cpvCodes }) => ({
      kind,
      name,
      description,
      cpvCodes,
    })),
  };
}

/** The fields a representative may change in the profile form (their names are input paths). */
export const ORGANIZATION_FORM_FIELDS = [
  "name",
  "shortName",
  "description",
  "contact.email",
  "contact.phone",
  "contact.website",
  "address.streetAddress",
  "address.postalCode",
  "address.city",
] as const;

/** The record's input with what the representative typed put in; other fields stay as stored. */
export function withOrganizationChanges(
  input: OrganizationInput,
  values: Record<string, string>,
): OrganizationInput {
  const given = (name: string) => (name in values ? values[name]! : undefined);
  const offerings = (input.offerings ?? []).map((offering, index) => ({
    ...offering,
    name: given(`offerings.${index}.name`) ?? offering.name,
    description: given(`offerings.${index}.description`) ?? offering.description,
  }));
  return {
    ...input,
    name: given("name") ?? input.name,
    shortName: given("shortName") ?? input.shortName,
    description: given("description") ?? input.description,
    contact: {
      email: given("contact.email") ?? input.contact?.email,
      phone: given("contact.phone") ?? input.contact?.phone,
      website: given("contact.website") ?? input.contact?.website,
    },
    address: {
      ...input.address,
      streetAddress: given("address.streetAddress") ?? input.address.streetAddress,
      postalCode: given("address.postalCode") ?? input.address.postalCode,
      city: given("address.city") ?? input.address.city,
    },
    offerings,
  };
}

/** The service as it is, as the input that would store it unchanged. */
export function serviceInputOf(record: MyService): ServiceInput {
  return {
    title: record.title,
    slug: record.slug,
    description: record.description,
    serviceType: record.serviceType,
    targetGroups: [...record.targetGroups],
    deliveryModes: [...record.deliveryModes],
    languages: [...record.languages],
    accessibilityFeatures: [...record.accessibilityFeatures],
    legalBasis: record.legalBasis,
    waitingTimeText: record.waitingTimeText,
    validFrom: record.validFrom,
    validTo: record.validTo,
    lastVerifiedAt: record.lastVerifiedAt,
    lastVerifiedSource: record.lastVerifiedSource,
    cost: {
      kind: record.cost.kind,
      amount: record.cost.amount,
      unit: record.cost.unit,
      explanation: record.cost.explanation,
    },
    eligibility: {
      text: record.eligibility.text,
      minAge: record.eligibility.minAge,
      maxAge: record.eligibility.maxAge,
      disabilityCertificateRequired: record.eligibility.disabilityCertificateRequired,
      incomeCriterion: record.eligibility.incomeCriterion,
      residenceRequired: record.eligibility.residenceRequired,
    },
    howToApply: { text: record.howToApply.text, requiredDocuments: [...record.howToApply.requiredDocuments] },
    areaCodes: record.areasServed.map((unit) => unit.code),
    locations: record.locations.map((location) => ({
      name: location.name,
      address: addressInput(location.address),
      coordinates: coordinatesInput(location.coordinates),
      openingHours: location.openingHours.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })),
      exceptions: location.exceptions.map(({ date, closed, opens, closes, note }) => ({
        date,
        closed,
        opens,
        closes,
        note,
      })),
    })),
  };
}

export const SERVICE_FORM_FIELDS = [
  "title",
  "description",
  "howToApply.text",
  "howToApply.requiredDocuments",
  "cost.kind",
  "cost.amount",
  "cost.unit",
  "cost.explanation",
  "waitingTimeText",
] as const;

const COST_KINDS = ["FREE", "PAID", "PARTLY_PAID", "INCOME_DEPENDENT"] as const;

/**
 * The service's input with the representative's changes. Required documents are one per line; an
 * amount may use a Polish comma; a value that is not a number is an error at its field.
 */
export function withServiceChanges(
  input: ServiceInput,
  values: Record<string, string>,
): { input: ServiceInput; fieldErrors: Record<string, string> } {
  const fieldErrors: Record<string, string> = {};
  const given = (name: string) => (name in values ? values[name]! : undefined);
  const amountText = given("cost.amount")?.trim();
  let amount = input.cost.amount;
  if (amountText !== undefined) {
    amount = amountText === "" ? null : Number(amountText.replace(",", "."));
    if (Number.isNaN(amount)) {
      fieldErrors["cost.amount"] = "Wpisz kwotę liczbą, np. 12,50.";
      amount = null;
    }
  }
  const kind = given("cost.kind");
  const documents = given("howToApply.requiredDocuments");
  return {
    fieldErrors,
    input: {
      ...input,
      title: given("title") ?? input.title,
      description: given("description") ?? input.description,
      waitingTimeText: given("waitingTimeText") ?? input.waitingTimeText,
      howToApply: {
        text: given("howToApply.text") ?? input.howToApply.text,
        requiredDocuments:
          documents === undefined
            ? input.howToApply.requiredDocuments
            : documents
                .split("\n")
                .map((line) => line.trim())
                .filter(Boolean),
      },
      cost: {
        kind: COST_KINDS.find((known) => known === kind) ?? input.cost.kind,
        amount,
        unit: given("cost.unit") ?? input.cost.unit,
        explanation: given("cost.explanation") ?? input.cost.explanation,
      },
    },
  };
}
