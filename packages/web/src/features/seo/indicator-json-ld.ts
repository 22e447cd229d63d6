import { nonEmpty, type JsonLd } from "./json-ld";

export const INDICATOR_LICENSE = "https://creativecommons.org/licenses/by/4.0/";

export interface IndicatorJsonLdInput {
  name: string;
  definition: string;
  unit: string;
  source: string;
  years: number[];
  /** Absolute address of the CSV download of the same view. */
  csvUrl: string;
}

/** schema.org Dataset for one indicator of the observatory; `pageUrl` is the /dane view showing it. */
export function indicatorJsonLd(indicator: IndicatorJsonLdInput, pageUrl: string): JsonLd {
  const years = [...indicator.years].sort((a, b) => a - b);
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: indicator.name,
    description: indicator.definition || indicator.name,
    url: pageUrl,
    inLanguage: "pl",
    license: INDICATOR_LICENSE,
    isAccessibleForFree: true,
    spatialCoverage: { "@type": "Place", name: "województwo podlaskie" },
    temporalCoverage: years.length > 0 ? `${years[0]}/${years[years.length - 1]}` : undefined,
    variableMeasured: { "@type": "PropertyValue", name: indicator.name, unitText: indicator.unit },
    isBasedOn: indicator.source || undefined,
    creator: {
      "@type": "GovernmentOrganization",
      name: "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
    },
    distribution: nonEmpty([
      { "@type": "DataDownload", encodingFormat: "text/csv", contentUrl: indicator.csvUrl },
    ]),
  };
}
