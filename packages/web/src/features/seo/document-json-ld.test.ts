import { describe, expect, it } from "vitest";
import { documentJsonLd, type DocumentJsonLdInput } from "./document-json-ld";

const PAGE = "https://obserwatorium.pl/dokumenty/RG9jdW1lbnQ6MQ";

function document(overrides: Partial<DocumentJsonLdInput> = {}): DocumentJsonLdInput {
  return {
    title: "Lokalny plan deinstytucjonalizacji gminy Łapy",
    summary: "Plan rozwoju usług społecznych na lata 2025–2030.",
    kindLabel: "lokalny plan deinstytucjonalizacji",
    adoptedOn: "2025-05-20",
    publisherName: "Rada Miejska w Łapach",
    areaName: "Łapy",
    files: [
      {
        contentType: "application/pdf",
        fileName: "LPDI.pdf",
        url: "https://obserwatorium.pl/dokumenty/pliki/1",
      },
      {
        contentType: "application/pdf",
        fileName: "Załącznik.pdf",
        url: "https://obserwatorium.pl/dokumenty/pliki/2",
      },
    ],
    ...overrides,
  };
}

describe("documentJsonLd", () => {
  it("is a DigitalDocument with its publisher, adoption date and file format", () => {
    const data = documentJsonLd(document(), PAGE);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "DigitalDocument",
      name: "Lokalny plan deinstytucjonalizacji gminy Łapy",
      datePublished: "2025-05-20",
      publisher: { "@type": "Organization", name: "Rada Miejska w Łapach" },
      spatialCoverage: { "@type": "AdministrativeArea", name: "Łapy" },
      encodingFormat: "application/pdf",
      inLanguage: "pl",
    });
    expect(data.associatedMedia).toEqual([
      {
        "@type": "MediaObject",
        name: "LPDI.pdf",
        contentUrl: "https://obserwatorium.pl/dokumenty/pliki/1",
        encodingFormat: "application/pdf",
      },
      {
        "@type": "MediaObject",
        name: "Załącznik.pdf",
        contentUrl: "https://obserwatorium.pl/dokumenty/pliki/2",
        encodingFormat: "application/pdf",
      },
    ]);
  });

  it("leaves out what a draft without files does not have", () => {
    const data = documentJsonLd(
      document({ adoptedOn: null, publisherName: null, areaName: null, summary: "", files: [] }),
      PAGE,
    );
    for (const key of [
      "datePublished",
      "publisher",
      "spatialCoverage",
      "encodingFormat",
      "associatedMedia",
      "description",
    ]) {
      expect(data[key], key).toBeUndefined();
    }
  });
});
