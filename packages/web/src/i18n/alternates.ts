import type { Metadata } from "next";
import { siteUrl } from "@/lib/config";
import { LOCALES, localeHref, type Locale } from "./locales";

/**
 * A translated page's absolute address in every language, keyed by hreflang; Polish is also the
 * x-default. `path` is the unprefixed (Polish) path.
 */
export function languageUrls(path: string, base: string = siteUrl()): Record<Locale | "x-default", string> {
  const url = (locale: Locale) => `${base}${localeHref(locale, path)}`;
  const urls = Object.fromEntries(LOCALES.map((locale) => [locale, url(locale)]));
  return { ...(urls as Record<Locale, string>), "x-default": url("pl") };
}

/**
 * The `alternates` of a translated page: its canonical URL in this language and hreflang links to
 * the others. The links are absolute, on SITE_URL, as search engines want them.
 */
export function alternates(
  locale: Locale,
  path: string,
  base: string = siteUrl(),
): NonNullable<Metadata["alternates"]> {
  const languages = languageUrls(path, base);
  return { canonical: languages[locale], languages };
}
