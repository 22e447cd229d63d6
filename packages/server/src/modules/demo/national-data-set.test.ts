import { describe, expect, it } from "vitest";
import { generateDemoDocuments } from "./generate-demo-documents";
import {
  generateDemoIndicators,
  DEMO_INDICATOR_FIRST_YEAR,
  DEMO_INDICATOR_LAST_YEAR,
} from "./generate-demo-indicators";
import type { DemoGmina } from "./generate-demo-registry";
import { generateDemoServices, type GenerateDemoServicesOptions } from "./generate-demo-services";

// A miniature country: gminy of two województwa (podlaskie and mazowieckie), as the national
// data set passes all of Poland's to the same generators.
const gminy: DemoGmina[] = [
  { code: "2002011", name: "Choroszcz", powiatCode: "2002" },
  { code: "2002063", name: "Łapy", powiatCode: "2002" },
  { code: "1401011", name: "Białobrzegi", powiatCode: "1401" },
  { code: "1401022", name: "Promna", powiatCode: "1401" },
  { code: "1465011", name: "Warszawa", powiatCode: "1465" },
];
const powiaty = [
  { code: "1401", name: "białobrzeski" },
  { code: "1465", name: "Warszawa" },
  { code: "2002", name: "białostocki" },
];
const services: GenerateDemoServicesOptions = {
  seed: 11,
  today: "2026-11-23",
  gminy,
  powiaty,
  organizations: Array.from({ length: 60 }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    name: `Fundacja ${index}`,
    legalForm: "FOUNDATION" as const,
    seatGminaCode: gminy[index % gminy.length]!.code,
    city: gminy[index % gminy.length]!.name,
  })),
  serviceCount: 200,
};

describe("national data set generators at a small scale", () => {
  it("spreads services over the gminy of every województwo, deterministically, up to the target", () => {
    const first = generateDemoServices(services);
    expect(generateDemoServices(services)).toEqual(first);
    expect(first.services).toHaveLength(200);
    const gminyWithServices = new Set(first.locations.map((location) => location.gmina_code));
    expect([...gminyWithServices].sort()).toEqual(gminy.map((gmina) => gmina.code).sort());
    expect(first.organizations.filter((row) => row.name.includes("Ośrodek Pomocy Społecznej"))).toHaveLength(
      5,
    );
  });

  it("gives documents to as many gminy as asked", () => {
    const options = { seed: 3, gminy, powiaty, lpdiGminy: 5, reportGminy: 4 };
    const documents = generateDemoDocuments(options);
    expect(generateDemoDocuments(options)).toEqual(documents);
    const byKindOfGmina = (kind: string) =>
      documents.filter((document) => document.kind === kind && document.territorialUnitCode.length === 7);
    expect(byKindOfGmina("LPDI")).toHaveLength(5);
    expect(
      documents.filter((document) => document.title.includes("gminy") && !document.kind.startsWith("LPDI")),
    ).toHaveLength(4);
    expect(documents.every((document) => document.pages.join("").length > 200)).toBe(true);
  });

  it("gives every powiat of the country an indicator series over seven years", () => {
    const options = {
      seed: 5,
      voivodeships: [
        { code: "14", kind: "VOIVODESHIP" as const },
        { code: "20", kind: "VOIVODESHIP" as const },
      ],
      podlaskieCounties: [{ code: "2002", kind: "COUNTY" as const }],
      otherCounties: [
        { code: "1401", kind: "COUNTY" as const },
        { code: "1465", kind: "CITY_WITH_COUNTY_RIGHTS" as const },
      ],
    };
    const indicators = generateDemoIndicators(options);
    expect(generateDemoIndicators(options)).toEqual(indicators);
    expect(DEMO_INDICATOR_LAST_YEAR - DEMO_INDICATOR_FIRST_YEAR + 1).toBe(7);
    for (const powiat of ["1401", "1465", "2002"]) {
      const values = indicators.values.filter((row) => row.territorial_unit_code === powiat);
      expect(values).toHaveLength(indicators.indicators.length * 7);
    }
  });
});
