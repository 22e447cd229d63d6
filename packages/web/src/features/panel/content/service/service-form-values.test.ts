import { describe, expect, it } from "vitest";
import { keptValues } from "../shared/kept-values";
import { SERVICE_LIST_FIELDS, serviceInputFromForm } from "./service-form-values";

function valuesOf(entries: [string, string][]) {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return keptValues(form, SERVICE_LIST_FIELDS);
}

const BASE: [string, string][] = [
  ["title", " Klub Seniora „Pod Lipą” "],
  ["slug", ""],
  ["description", "Spotkania i zajęcia."],
  ["serviceType", "SENIOR_CLUB"],
  ["providerId", ""],
  ["targetGroups", "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
  ["deliveryModes", "ON_SITE"],
  ["deliveryModes", "REMOTE"],
  ["cost.kind", "PAID"],
  ["cost.amount", "1 212,50"],
  ["cost.unit", "za miesiąc"],
  ["eligibility.minAge", ""],
  ["eligibility.residenceRequired", "false"],
  ["eligibility.residenceRequired", "true"],
  ["eligibility.incomeCriterion", "false"],
  ["howToApply.text", "Zadzwoń."],
  ["howToApply.requiredDocuments", "dowód osobisty\r\n\r\n zaświadczenie "],
  ["areaCodes", "2002, 2002021 ;"],
  ["lastVerifiedAt", "2026-01-31"],
];

const conversion = (entries: [string, string][]) => {
  const result = serviceInputFromForm(valuesOf(entries));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
};

describe("serviceInputFromForm", () => {
  it("types the values: trimmed text, blank as null, decimal comma, lists, yes/no boxes", () => {
    const { input } = conversion(BASE);
    expect(input).toMatchObject({
      title: "Klub Seniora „Pod Lipą”",
      slug: null,
      providerId: null,
      serviceType: "SENIOR_CLUB",
      targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
      deliveryModes: ["ON_SITE", "REMOTE"],
      accessibilityFeatures: [],
      areaCodes: ["2002", "2002021"],
      cost: { kind: "PAID", amount: 1212.5, unit: "za miesiąc", explanation: null },
      eligibility: { minAge: null, residenceRequired: true, incomeCriterion: false },
      howToApply: { text: "Zadzwoń.", requiredDocuments: ["dowód osobisty", "zaświadczenie"] },
      lastVerifiedAt: "2026-01-31",
      locations: [],
    });
  });

  it("sends a blank required text as empty for the API to name, and refuses what cannot be sent", () => {
    const blankTitle = conversion([...BASE, ["title", "  "]]);
    expect(blankTitle.input.title).toBe("");

    const result = serviceInputFromForm(
      valuesOf([
        ["serviceType", ""],
        ["cost.kind", "FREE"],
        ["cost.amount", "dużo"],
        ["eligibility.maxAge", "siedem"],
        ["validFrom", "2026-02-30"],
      ]),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual([
      "cost.amount",
      "eligibility.maxAge",
      "serviceType",
      "validFrom",
    ]);
  });

  it("drops blank location rows and sends only the weekdays with hours", () => {
    const { input } = conversion([
      ...BASE,
      ["locations.0.name", ""],
      ["locations.0.address.city", ""],
      ["locations.0.openingHours.1.opens", ""],
      ["locations.0.exceptions", "[]"],
      ["locations.3.name", "Parter"],
      ["locations.3.address.streetAddress", "ul. Główna 1"],
      ["locations.3.address.postalCode", "18-100"],
      ["locations.3.address.city", "Łapy"],
      ["locations.3.address.gminaCode", "2002034"],
      ["locations.3.coordinates.latitude", "52,99"],
      ["locations.3.coordinates.longitude", "22.88"],
      ["locations.3.openingHours.1.opens", "08:00"],
      ["locations.3.openingHours.1.closes", "16:00"],
      ["locations.3.openingHours.3.opens", "10:00"],
      ["locations.3.openingHours.3.closes", ""],
      ["locations.3.exceptions", '[{"date":"2026-12-24","closed":true}]'],
    ]);
    expect(input.locations).toEqual([
      {
        name: "Parter",
        address: { streetAddress: "ul. Główna 1", postalCode: "18-100", city: "Łapy", gminaCode: "2002034" },
        coordinates: { latitude: 52.99, longitude: 22.88 },
        openingHours: [
          { weekday: 1, opens: "08:00", closes: "16:00" },
          { weekday: 3, opens: "10:00", closes: "" },
        ],
        exceptions: [{ date: "2026-12-24", closed: true }],
      },
    ]);
  });

  it("refuses half a pair of coordinates at the missing one", () => {
    const result = serviceInputFromForm(
      valuesOf([...BASE, ["locations.0.address.city", "Łapy"], ["locations.0.coordinates.latitude", "53"]]),
    );
    expect(!result.ok && result.errors).toEqual({
      "locations.0.coordinates.longitude": "Podaj obie współrzędne albo żadnej.",
    });
  });

  it("turns the API's row and item numbers back into the form's rows and weekdays", () => {
    const { fieldOf } = conversion([
      ...BASE,
      ["locations.2.address.city", "Łapy"],
      ["locations.2.openingHours.5.opens", "08:00"],
      ["locations.2.openingHours.5.closes", "07:00"],
    ]);
    expect(fieldOf(["input", "locations", "0", "address", "city"]).join(".")).toBe(
      "input.locations.2.address.city",
    );
    expect(fieldOf(["input", "locations", "0", "openingHours", "0", "closes"]).join(".")).toBe(
      "input.locations.2.openingHours.5.closes",
    );
    expect(fieldOf(["input", "locations", "0", "openingHours", "0"]).join(".")).toBe(
      "input.locations.2.openingHours.5.opens",
    );
    expect(fieldOf(["input", "title"])).toEqual(["input", "title"]);
  });
});
