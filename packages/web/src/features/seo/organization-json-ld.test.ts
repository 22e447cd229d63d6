import { describe, expect, it } from "vitest";
import { organizationJsonLd, type OrganizationJsonLdInput } from "./organization-json-ld";

const PAGE = "https://obserwatorium.pl/podmioty/spoldzielnia-socjalna-razem";

function organization(overrides: Partial<OrganizationJsonLdInput> = {}): OrganizationJsonLdInput {
  return {
    name: "Spółdzielnia Socjalna „Razem”",
    description: "Catering i usługi porządkowe.",
    nip: "5423000000",
    regon: null,
    krs: "0000123456",
    address: { streetAddress: "ul. Lipowa 1", postalCode: "15-001", city: "Białystok" },
    contact: { email: "razem@example.pl", phone: null },
    website: "https://razem.example.pl/",
    ...overrides,
  };
}

describe("organizationJsonLd", () => {
  it("describes the organization with its postal address and the identifiers it has", () => {
    expect(organizationJsonLd(organization(), PAGE)).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      "@id": `${PAGE}#podmiot`,
      name: "Spółdzielnia Socjalna „Razem”",
      description: "Catering i usługi porządkowe.",
      url: "https://razem.example.pl/",
      mainEntityOfPage: PAGE,
      address: {
        "@type": "PostalAddress",
        streetAddress: "ul. Lipowa 1",
        postalCode: "15-001",
        addressLocality: "Białystok",
        addressCountry: "PL",
      },
      email: "razem@example.pl",
      telephone: undefined,
      taxID: "5423000000",
      identifier: [
        { "@type": "PropertyValue", propertyID: "NIP", value: "5423000000" },
        { "@type": "PropertyValue", propertyID: "KRS", value: "0000123456" },
      ],
    });
  });

  it("falls back to its page here without a website and states no identifiers it lacks", () => {
    const data = organizationJsonLd(
      organization({ website: null, nip: null, krs: null, description: "" }),
      PAGE,
    );
    expect(data.url).toBe(PAGE);
    expect(data.identifier).toBeUndefined();
    expect(data.taxID).toBeUndefined();
    expect(data.description).toBeUndefined();
  });
});
