import { serializeJsonLd, type JsonLd } from "./json-ld";

/** Structured data for search engines; serializeJsonLd keeps the text from closing the script. */
export function JsonLdScript({ data }: { data: JsonLd }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
