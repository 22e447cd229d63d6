import type { Metadata } from "next";

export const SITE_NAME = "Obserwatorium";

/** OpenGraph of a page, in Polish, under the site's name. */
export function openGraph(
  title: string,
  description: string,
  type: "website" | "article" = "website",
): NonNullable<Metadata["openGraph"]> {
  return { title, description, type, locale: "pl_PL", siteName: SITE_NAME };
}
