import { describe, expect, it } from "vitest";
import { INDICATOR_LICENSE, indicatorJsonLd } from "./indicator-json-ld";

describe("indicatorJsonLd", () => {
  it("is a CC BY 4.0 Dataset covering podlaskie over its years, with the CSV as distribution", () => {
    const data = indicatorJsonLd(
      {
        name: "Liczba osób w DPS na 10 tys. mieszkańców",
        definition: "Mieszkańcy domów pomocy społecznej na 10 tys. ludności.",
        unit: "osoby na 10 tys.",
        source: "sprawozdania MRiPS-03",
        years: [2021, 2019, 2020],
        csvUrl: "https://obserwatorium.pl/dane/csv?wskaznik=DPS",
      },
      "https://obserwatorium.pl/dane?wskaznik=DPS",
    );
    expect(data).toMatchObject({
      "@type": "Dataset",
      name: "Liczba osób w DPS na 10 tys. mieszkańców",
      description: "Mieszkańcy domów pomocy społecznej na 10 tys. ludności.",
      license: INDICATOR_LICENSE,
      spatialCoverage: { "@type": "Place", name: "województwo podlaskie" },
      temporalCoverage: "2019/2021",
      distribution: [
        {
          "@type": "DataDownload",
          encodingFormat: "text/csv",
          contentUrl: "https://obserwatorium.pl/dane/csv?wskaznik=DPS",
        },
      ],
    });
    expect(INDICATOR_LICENSE).toBe("https://creativecommons.org/licenses/by/4.0/");
  });
});
