import { describe, expect, it } from "vitest";
import {
  organizationInputOf,
  serviceInputOf,
  withOrganizationChanges,
  withServiceChanges,
  type MyOrganization,
  type MyService,
} from "./representative-inputs";

const organization: MyOrganization = {
  id: "T3JnOjE",
  name: "Spółdzielnia Socjalna Razem",
  shortName: null,
  slug: "spoldzielnia-socjalna-razem",
  legalForm: "SOCIAL_COOPERATIVE",
  pesType: "SOCIAL_COOPERATIVE",
  nip: "1234563218",
  regon: null,
  krs: null,
  description: "Stary opis",
  foundingBody: null,
  employeeCount: 5,
  employeesAtRiskCount: 3,
  isActive: true,
  lastVerifiedAt: "2025-01-10",
  lastVerifiedSource: "KRS",
  address: { streetAddress: "ul. Lipowa 1", postalCode: "15-001", city: "Białystok", gminaCode: "2061011" },
  coordinates: null,
  contact: { email: "biuro@razem.pl", phone: null, website: null },
  areasServed: [{ code: "20" }],
  offerings: [{ kind: "SERVICE", name: "Catering", description: "Obiady", cpvCodes: ["55520000-1"] }],
} as unknown as MyOrganization;

describe("organization proposals", () => {
  it("start from the stored record, keeping its slug so a new name does not move the page", () => {
    const input = organizationInputOf(organization);
    expect(input).toMatchObject({ slug: organization.slug, areaCodes: ["20"], nip: "1234563218" });
    expect(input.offerings).toEqual([
      { kind: "SERVICE", name: "Catering", description: "Obiady", cpvCodes: ["55520000-1"] },
    ]);
  });

  it("leave out the answers' __typename, which no input type accepts", () => {
    const typed = {
      ...organization,
      address: { ...organization.address, __typename: "PostalAddress" },
      contact: { ...organization.contact, __typename: "Contact" },
    } as MyOrganization;
    expect(JSON.stringify(organizationInputOf(typed))).not.toContain("__typename");
  });

  it("put in only the fields the form sent, nested where the input nests them", () => {
    const input = withOrganizationChanges(organizationInputOf(organization), {
      description: "Nowy opis",
      "contact.phone": "+48 85 123 45 67",
      "address.postalCode": "15-002",
      "offerings.0.description": "Obiady i kolacje",
      nip: "0000000000",
    });
    expect(input.description).toBe("Nowy opis");
    expect(input.contact).toEqual({ email: "biuro@razem.pl", phone: "+48 85 123 45 67", website: null });
    expect(input.address).toEqual({ ...organization.address, postalCode: "15-002" });
    expect(input.offerings?.[0]).toMatchObject({ name: "Catering", description: "Obiady i kolacje" });
    expect(input.nip).toBe("1234563218");
    expect(input.name).toBe(organization.name);
  });
});

const service = {
  id: "U2VydmljZTox",
  title: "Opieka wytchnieniowa",
  slug: "opieka-wytchnieniowa",
  description: "Opis",
  serviceType: "RESPITE_CARE",
  targetGroups: ["CARERS"],
  deliveryModes: ["IN_PERSON"],
  languages: ["pl"],
  accessibilityFeatures: [],
  legalBasis: "",
  waitingTimeText: "",
  validFrom: null,
  validTo: null,
  lastVerifiedAt: null,
  lastVerifiedSource: null,
  cost: { kind: "FREE", amount: null, unit: null, explanation: "" },
  eligibility: {
    text: "",
    minAge: null,
    maxAge: null,
    disabilityCertificateRequired: false,
    incomeCriterion: false,
    residenceRequired: false,
  },
  howToApply: { text: "Zadzwoń", requiredDocuments: ["Wniosek"] },
  areasServed: [{ code: "2061011" }],
  locations: [],
} as unknown as MyService;

describe("service proposals", () => {
  it("read the amount with a Polish comma and documents one per line", () => {
    const { input, fieldErrors } = withServiceChanges(serviceInputOf(service), {
      "cost.kind": "PAID",
      "cost.amount": "12,50",
      "cost.unit": "za godzinę",
      "howToApply.requiredDocuments": "Wniosek\n\n Zaświadczenie \n",
    });
    expect(fieldErrors).toEqual({});
    expect(input.cost).toEqual({ kind: "PAID", amount: 12.5, unit: "za godzinę", explanation: "" });
    expect(input.howToApply.requiredDocuments).toEqual(["Wniosek", "Zaświadczenie"]);
    expect(input.areaCodes).toEqual(["2061011"]);
  });

  it("refuse an amount that is not a number at its field, and an unknown cost kind", () => {
    const { input, fieldErrors } = withServiceChanges(serviceInputOf(service), {
      "cost.amount": "dużo",
      "cost.kind": "EXPENSIVE",
    });
    expect(fieldErrors).toEqual({ "cost.amount": "Wpisz kwotę liczbą, np. 12,50." });
    expect(input.cost.kind).toBe("FREE");
  });
});
