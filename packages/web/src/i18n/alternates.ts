import type { Metadata } from "next";
import { siteUrl } from "@/lib/config";
import { LOCALES, localeHref, type Locale } from "./locales";

/**
 * The `alternates` of a translated page: its canonical URL in this language and hreflang links to
 * the others (Polish is also the x-default). `path` is the unprefixed (Polish) path; the links are
 * absolute, on SITE_URL, as search engines want them.
 */
export function alternates(
  locale: Locale,
  path: string,
  base: string = siteUrl(),
): NonNullable<Metadata["alternates"]> {
  const url = (other: Locale) => `${base}${localeHref(other, path)}`;
  const languages: Record<string, string> = Object.fromEntries(LOCALES.map((other) => [other, url(other)]));
  languages["x-default"] = url("pl");
  return { canonical: url(locale), languages };
}
