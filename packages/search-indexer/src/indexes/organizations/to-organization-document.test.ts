import { describe, expect, it } from "vitest";
import { toOrganizationDocument } from "./to-organization-document";

const row = {
  id: "7d2f4b1e-2c1a-4f7e-9a53-0a8a1f6b9c11",
  slug: "spoldzielnia-socjalna-smaki-podlasia",
  name: "Spółdzielnia Socjalna „Smaki Podlasia”",
  short_name: "Smaki Podlasia",
  legal_form: "SOCIAL_COOPERATIVE" as const,
  pes_type: "PES" as const,
  publication_state: "PUBLISHED" as const,
  is_active: true,
  city: "Łapy",
  seat_gmina_code: "2002063",
  description: "Catering",
  is_demo: true,
  area_codes: ["2002"],
  offering_names: ["Catering na uroczystości"],
  offering_descriptions: ["Obiady dla szkół"],
  cpv_codes: ["55520000-1"],
  certificate_types: ["ZAKUP_PROSPOLECZNY" as const],
};

describe("toOrganizationDocument", () => {
  it("folds Polish letters and lists every containing area for filters", () => {
    const document = toOrganizationDocument(row);
    expect(document.nameFolded).toBe("Spoldzielnia Socjalna „Smaki Podlasia” Smaki Podlasia");
    expect(document.areaCodes).toEqual(["20", "2002", "2002063"]);
    expect(document.offeringsFolded).toBe("Catering na uroczystosci Obiady dla szkol");
    expect(document.certificateTypes).toEqual(["ZAKUP_PROSPOLECZNY"]);
  });
});
