const DEFAULT_GRAPHQL_URL = "http://127.0.0.1:4000/graphql";

/** Where the site's server reaches the GraphQL API (GRAPHQL_URL), validated on first use. */
export function graphqlUrl(): string {
  const value = process.env.GRAPHQL_URL?.trim() || DEFAULT_GRAPHQL_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`GRAPHQL_URL must be an http(s) URL like ${DEFAULT_GRAPHQL_URL}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error(`GRAPHQL_URL must be an http(s) URL like ${DEFAULT_GRAPHQL_URL}`);
  }
  return url.toString();
}

const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * The site's public address (SITE_URL), without a trailing slash, validated on first use: the
 * sitemap, robots.txt and structured data need absolute links that do not depend on the request.
 */
export function siteUrl(): string {
  const value = process.env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const problem = `SITE_URL must be the site's public http(s) address like https://obserwatorium.example.pl`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(problem);
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || url.search || url.hash) {
    throw new Error(problem);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/** An XYZ tile service drawn under the maps, and the attribution its licence requires. */
export interface MapTiles {
  urlTemplate: string;
  attribution: string;
}

const TILE_URL_EXAMPLE = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

/**
 * The map background (MAP_TILE_URL with MAP_TILE_ATTRIBUTION), validated on first use; null when
 * MAP_TILE_URL is unset: maps then show their markers and outlines only, with no third-party request.
 */
export function mapTiles(): MapTiles | null {
  const urlTemplate = process.env.MAP_TILE_URL?.trim();
  if (!urlTemplate) return null;
  const problem = `MAP_TILE_URL must be an http(s) URL with {z}, {x} and {y}, like ${TILE_URL_EXAMPLE}`;
  if (!["{z}", "{x}", "{y}"].every((placeholder) => urlTemplate.includes(placeholder)))
    throw new Error(problem);
  let url: URL;
  try {
    url = new URL(urlTemplate.replace(/\{[xyz]\}/g, "0"));
  } catch {
    throw new Error(problem);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(problem);
  const attribution = process.env.MAP_TILE_ATTRIBUTION?.trim();
  if (!attribution) {
    throw new Error("MAP_TILE_ATTRIBUTION is required with MAP_TILE_URL, e.g. © autorzy OpenStreetMap");
  }
  return { urlTemplate, attribution };
}
