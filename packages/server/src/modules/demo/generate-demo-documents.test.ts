import { describe, expect, it } from "vitest";
import { generateDemoDocuments } from "./generate-demo-documents";

const gminy = Array.from({ length: 118 }, (_, index) => ({
  code: `20${String(Math.floor(index / 8) + 1).padStart(2, "0")}${String((index % 8) + 1).padStart(2, "0")}2`,
  name: `Gmina ${index}`,
  powiatCode: `20${String(Math.floor(index / 8) + 1).padStart(2, "0")}`,
}));
const powiaty = Array.from({ length: 17 }, (_, index) => ({
  code: index < 14 ? `20${String(index + 1).padStart(2, "0")}` : `20${61 + index - 14}`,
  name: `Powiat ${index}`,
}));

describe("generateDemoDocuments", () => {
  it("makes about 150 documents: LPDI for half of the gminy and 8 powiaty, OZPS, WPRES monitoring", () => {
    const documents = generateDemoDocuments({ gminy, powiaty });
    expect(documents.length).toBeGreaterThanOrEqual(140);
    expect(documents.length).toBeLessThanOrEqual(160);
    const lpdi = documents.filter((document) => document.kind === "LPDI");
    expect(lpdi.filter((document) => document.territorialUnitCode.length === 7)).toHaveLength(59);
    expect(lpdi.filter((document) => document.territorialUnitCode.length === 4)).toHaveLength(8);
    expect(documents.filter((document) => document.kind === "WPRES_MONITORING")).toHaveLength(7);
    expect(documents.every((document) => document.pages.length >= 3)).toBe(true);
    expect(documents.every((document) => document.stage !== "ADOPTED" || document.adoptedOn)).toBe(true);
    expect(new Set(documents.map((document) => document.id)).size).toBe(documents.length);
  });

  it("is deterministic", () => {
    expect(generateDemoDocuments({ gminy, powiaty })).toEqual(generateDemoDocuments({ gminy, powiaty }));
  });
});
