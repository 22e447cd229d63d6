import { describe, expect, it } from "vitest";
import type { PanelOrganizationEdit_OrganizationFragment } from "@/__generated__/graphql";
import { organizationFormLabels } from "./organization-fields";
import { organizationFormValues, organizationInputFromForm } from "./organization-form-input";

const base = {
  name: " Spółdzielnia Socjalna Alfa ",
  legalForm: "SOCIAL_COOPERATIVE",
  pesType: "PES",
  isActive: "true",
  "address.streetAddress": "ul. Lipowa 1",
  "address.postalCode": "15-001",
  "address.city": "Białystok",
  "address.gminaCode": "2061011",
};

describe("organizationInputFromForm", () => {
  it("makes blanks null, parses numbers and lists, and collects filled offering rows", () => {
    const result = organizationInputFromForm({
      ...base,
      nip: " ",
      employeeCount: "12",
      employeesAtRiskCount: "",
      areaCodes: "2061011, 2002",
      "coordinates.latitude": "53,13",
      "coordinates.longitude": "23.16",
      "offerings.0.kind": "SERVICE",
      "offerings.0.name": "Catering",
      "offerings.0.cpvCodes": "55520000-1 55321000-6",
      "offerings.1.kind": "PRODUCT",
      "offerings.1.name": "",
      "offerings.2.kind": "PRODUCT",
      "offerings.2.name": "Torby",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({
      name: "Spółdzielnia Socjalna Alfa",
      nip: null,
      shortName: null,
      slug: null,
      isActive: true,
      employeeCount: 12,
      employeesAtRiskCount: null,
      areaCodes: ["2061011", "2002"],
      coordinates: { latitude: 53.13, longitude: 23.16 },
      address: { postalCode: "15-001", gminaCode: "2061011" },
      contact: { email: null, phone: null, website: null },
      lastVerifiedAt: null,
    });
    expect(result.input.offerings).toEqual([
      { kind: "SERVICE", name: "Catering", description: null, cpvCodes: ["55520000-1", "55321000-6"] },
      { kind: "PRODUCT", name: "Torby", description: null, cpvCodes: [] },
    ]);
    expect(result.rowIndexes.offerings).toEqual([0, 2]);
  });

  it("refuses what cannot be sent, at the fields to fix", () => {
    const result = organizationInputFromForm({
      ...base,
      name: "",
      legalForm: "KINGDOM",
      employeeCount: "dwanaście",
      "coordinates.latitude": "53.1",
      "offerings.0.description": "bez nazwy",
      lastVerifiedAt: "31.12.2025",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual([
      "coordinates.longitude",
      "employeeCount",
      "lastVerifiedAt",
      "legalForm",
      "name",
      "offerings.0.kind",
      "offerings.0.name",
    ]);
  });
});

describe("organizationFormValues", () => {
  it("gives back the same input after a round trip through the form", () => {
    const stored: PanelOrganizationEdit_OrganizationFragment = {
      id: "T3JnOjE",
      slug: "alfa",
      name: "Alfa",
      shortName: null,
      legalForm: "FOUNDATION",
      pesType: "PES",
      foundingBody: null,
      nip: "5260250995",
      regon: null,
      krs: "0000123456",
      isActive: false,
      address: { streetAddress: "Rynek 1", postalCode: "16-400", city: "Suwałki", gminaCode: "2063011" },
      coordinates: null,
      areasServed: [{ code: "20" }],
      contact: { email: "biuro@alfa.pl", phone: null, website: null },
      employeeCount: 3,
      employeesAtRiskCount: 1,
      description: "Opis",
      offerings: [{ id: "x", kind: "PRODUCT", name: "Miód", description: "", cpvCodes: ["15831600-8"] }],
      lastVerifiedAt: "2025-05-01",
      lastVerifiedSource: "telefon",
    };
    const result = organizationInputFromForm(organizationFormValues(stored));
    expect(result.ok && result.input).toMatchObject({
      slug: "alfa",
      isActive: false,
      nip: "5260250995",
      areaCodes: ["20"],
      coordinates: null,
      employeesAtRiskCount: 1,
      offerings: [{ kind: "PRODUCT", name: "Miód", description: null, cpvCodes: ["15831600-8"] }],
      lastVerifiedAt: "2025-05-01",
      lastVerifiedSource: "telefon",
    });
  });
});

describe("organizationFormLabels", () => {
  it("names every offering row's fields for the error summary", () => {
    expect(organizationFormLabels(2)["offerings.1.cpvCodes"]).toBe("Oferta 2: kody CPV");
    expect(organizationFormLabels(0).nip).toBe("NIP");
  });
});
