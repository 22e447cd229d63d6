/** A schema.org node as JSON-LD: plain JSON values only. */
export type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | null | undefined | JsonLd | JsonLdValue[];

const UNSAFE_IN_SCRIPT: Record<string, string> = {
  "<": "\\u003c",
  ">": "\\u003e",
  "&": "\\u0026",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/**
 * JSON for an inline `<script type="application/ld+json">`: `<` and its kin are escaped so no text
 * from the registry (a name containing `</script>`) can close the script and inject markup.
 * Undefined fields are left out by JSON.stringify.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (character) => UNSAFE_IN_SCRIPT[character] ?? character,
  );
}

/** Joins the site's base URL and a path of this site. */
export function absoluteUrl(base: string, path: string): string {
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}

/** Leaves an empty list out of the JSON-LD rather than stating "none". */
export function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}
