import { nonEmpty, type JsonLd } from "./json-ld";

export interface DocumentJsonLdInput {
  title: string;
  summary: string;
  /** The Polish name of the document kind, e.g. "lokalny plan deinstytucjonalizacji". */
  kindLabel: string;
  /** When it was adopted (the act's date), as YYYY-MM-DD; null for drafts without an act. */
  adoptedOn: string | null;
  /** Who adopted or issued it, e.g. "Rada Miejska w Łapach". */
  publisherName: string | null;
  areaName: string | null;
  files: { contentType: string; fileName: string; url: string }[];
}

/** schema.org DigitalDocument for a plan, programme or report; `pageUrl` is its page on this site. */
export function documentJsonLd(document: DocumentJsonLdInput, pageUrl: string): JsonLd {
  const formats = [...new Set(document.files.map((file) => file.contentType))];
  return {
    "@context": "https://schema.org",
    "@type": "DigitalDocument",
    "@id": `${pageUrl}#dokument`,
    name: document.title,
    description: document.summary || undefined,
    genre: document.kindLabel,
    url: pageUrl,
    inLanguage: "pl",
    datePublished: document.adoptedOn ?? undefined,
    publisher: document.publisherName ? { "@type": "Organization", name: document.publisherName } : undefined,
    spatialCoverage: document.areaName
      ? { "@type": "AdministrativeArea", name: document.areaName }
      : undefined,
    encodingFormat: formats.length === 1 ? formats[0] : nonEmpty(formats),
    associatedMedia: nonEmpty(
      document.files.map((file) => ({
        "@type": "MediaObject",
        name: file.fileName,
        contentUrl: file.url,
        encodingFormat: file.contentType,
      })),
    ),
  };
}
