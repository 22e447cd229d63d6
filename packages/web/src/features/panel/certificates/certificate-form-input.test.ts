import { describe, expect, it } from "vitest";
import {
  certificateFormLabels,
  issueInputFromForm,
  offeringRowValues,
  prefilledValidTo,
  renewInputFromForm,
} from "./certificate-form-input";

const issue = {
  organizationId: "T3JnOjE",
  type: "ZAKUP_PROSPOLECZNY",
  number: " ZP/2026/7 ",
  grantingBody: "ROPS",
  decisionDate: "2026-03-01",
  validFrom: "2026-03-15",
  validTo: "2027-03-14",
};

describe("issueInputFromForm", () => {
  it("reads the terms and the filled offering rows", () => {
    const result = issueInputFromForm({
      ...issue,
      "offerings.0.name": "",
      "offerings.1.name": "Catering",
      "offerings.1.cpvCodes": "55520000-1,55321000-6",
    });
    expect(result).toEqual({
      ok: true,
      input: {
        ...issue,
        number: "ZP/2026/7",
        offerings: [{ name: "Catering", description: null, cpvCodes: ["55520000-1", "55321000-6"] }],
      },
      rowIndexes: { offerings: [1] },
    });
  });

  it("asks for at least one offering and the required terms", () => {
    const result = issueInputFromForm({ organizationId: "", type: "X", validFrom: "15.03.2026" });
    expect(result.ok || Object.keys(result.errors).sort()).toEqual([
      "decisionDate",
      "grantingBody",
      "number",
      "offerings.0.name",
      "organizationId",
      "type",
      "validFrom",
    ]);
  });
});

describe("renewInputFromForm", () => {
  it("leaves the start empty for the API's default: the day after the current term", () => {
    const result = renewInputFromForm({
      number: "ZP/2027/7",
      decisionDate: "2027-03-01",
      validFrom: "",
      validTo: "",
      ...offeringRowValues([{ name: "Catering", description: "obiady", cpvCodes: ["55520000-1"] }]),
    });
    expect(result.ok && result.input).toEqual({
      number: "ZP/2027/7",
      decisionDate: "2027-03-01",
      validFrom: null,
      validTo: null,
      offerings: [{ name: "Catering", description: "obiady", cpvCodes: ["55520000-1"] }],
    });
  });
});

describe("prefilledValidTo", () => {
  it("ends Zakup Prospołeczny 12 months minus a day after its start, and leaves other marks to the editor", () => {
    expect(prefilledValidTo("ZAKUP_PROSPOLECZNY", "2026-03-15")).toBe("2027-03-14");
    expect(prefilledValidTo("ZNAK_JAKOSCI_ES", "2026-03-15")).toBe("");
    expect(prefilledValidTo("ZAKUP_PROSPOLECZNY", "")).toBe("");
  });
});

describe("certificateFormLabels", () => {
  it("labels each offering row", () => {
    expect(certificateFormLabels(1)["offerings.0.cpvCodes"]).toBe("Pozycja 1: kody CPV");
  });
});
