import { HSDS_PROFILE } from "../hsds/hsds-profile";
import { OPEN_DATA_LICENCE } from "./open-data-licence";
import type { OpenDataset } from "./open-data-datasets";

const MEDIA_TYPES = { csv: "text/csv", json: "application/json" } as const;
const EU_FILE_TYPES = {
  csv: "http://publications.europa.eu/resource/authority/file-type/CSV",
  json: "http://publications.europa.eu/resource/authority/file-type/JSON",
} as const;

const polish = (value: string) => ({ "@language": "pl", "@value": value });

/** The services set is also served as an Open Referral HSDS 3.0 API (modules/hsds). */
function hsdsDistribution(baseUrl: string) {
  return {
    "@id": `${baseUrl}/hsds/services`,
    "@type": "dcat:Distribution",
    "dct:title": polish("Katalog usług w standardzie Open Referral HSDS 3.0 (API JSON, stronicowane)"),
    "dcat:accessURL": { "@id": `${baseUrl}/hsds` },
    "dcat:mediaType": MEDIA_TYPES.json,
    "dct:format": { "@id": EU_FILE_TYPES.json },
    "dct:conformsTo": { "@id": HSDS_PROFILE },
    "dct:license": { "@id": OPEN_DATA_LICENCE.url },
  };
}

/**
 * DCAT-AP description of the open-data sets, for harvesting by data portals (e.g. dane.gov.pl):
 * one dcat:Dataset per set, one dcat:Distribution per file format.
 */
export function dcatCatalog(
  baseUrl: string,
  datasets: readonly { dataset: OpenDataset; modified: Date | null }[],
): Record<string, unknown> {
  return {
    "@context": {
      dcat: "http://www.w3.org/ns/dcat#",
      dct: "http://purl.org/dc/terms/",
      foaf: "http://xmlns.com/foaf/0.1/",
      xsd: "http://www.w3.org/2001/XMLSchema#",
    },
    "@id": `${baseUrl}/open-data/catalog.jsonld`,
    "@type": "dcat:Catalog",
    "dct:title": polish("Obserwatorium polityki społecznej — dane otwarte"),
    "dct:description": polish(
      "Rejestr podmiotów ekonomii społecznej, katalog usług społecznych, certyfikaty, dokumenty i wskaźniki obserwatorium.",
    ),
    "dct:publisher": { "@type": "foaf:Agent", "foaf:name": OPEN_DATA_LICENCE.attribution },
    "dct:license": { "@id": OPEN_DATA_LICENCE.url },
    "dct:language": { "@id": "http://publications.europa.eu/resource/authority/language/POL" },
    "dcat:dataset": datasets.map(({ dataset, modified }) => ({
      "@id": `${baseUrl}/open-data#${dataset.name}`,
      "@type": "dcat:Dataset",
      "dct:identifier": dataset.name,
      "dct:title": polish(dataset.title),
      "dct:description": polish(dataset.description),
      "dct:license": { "@id": OPEN_DATA_LICENCE.url },
      ...(modified && { "dct:modified": { "@type": "xsd:dateTime", "@value": modified.toISOString() } }),
      "dcat:distribution": [
        ...dataset.formats.map((format) => ({
          "@id": `${baseUrl}/open-data/${dataset.name}.${format}`,
          "@type": "dcat:Distribution",
          "dcat:accessURL": { "@id": `${baseUrl}/open-data` },
          "dcat:downloadURL": { "@id": `${baseUrl}/open-data/${dataset.name}.${format}` },
          "dcat:mediaType": MEDIA_TYPES[format],
          "dct:format": { "@id": EU_FILE_TYPES[format] },
          "dct:license": { "@id": OPEN_DATA_LICENCE.url },
        })),
        ...(dataset.name === "services" ? [hsdsDistribution(baseUrl)] : []),
      ],
    })),
  };
}
