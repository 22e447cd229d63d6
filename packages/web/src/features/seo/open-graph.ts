import type { Metadata } from "next";
import type { Locale } from "@/i18n/locales";

export const SITE_NAME = "Obserwatorium";

const OPEN_GRAPH_LOCALES: Record<Locale, string> = { pl: "pl_PL", en: "en_GB", uk: "uk_UA" };

/** OpenGraph of a page under the site's name, in Polish unless another language is given. */
export function openGraph(
  title: string,
  description: string,
  type: "website" | "article" = "website",
  locale: Locale = "pl",
): NonNullable<Metadata["openGraph"]> {
  return { title, description, type, locale: OPEN_GRAPH_LOCALES[locale], siteName: SITE_NAME };
}
