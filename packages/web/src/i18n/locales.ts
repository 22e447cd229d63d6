import { notFound } from "next/navigation";

/** The site's languages; Polish, the language of the records, is the default and has no URL prefix. */
export const LOCALES = ["pl", "en", "uk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "pl";

/** Each language named in itself, as the language switcher shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { pl: "Polski", en: "English", uk: "Українська" };

/** BCP 47 tags for Intl (numbers, plurals) and OpenGraph. */
export const LOCALE_TAGS: Record<Locale, string> = { pl: "pl-PL", en: "en-GB", uk: "uk-UA" };

/** The request header by which the proxy tells pages outside app/[locale] (the 404 page) the language. */
export const LOCALE_HEADER = "x-site-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The locale of a route's params; an unknown one is a 404 (the proxy lets only known ones through). */
export async function localeOf(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

/** A site path in a language: Polish unchanged, the others under "/en", "/uk". */
export function localeHref(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/"
    ? `/${locale}`
    : path.startsWith("/?")
      ? `/${locale}${path.slice(1)}`
      : `/${locale}${path}`;
}

/**
 * Splits a URL path into its locale and the path without the prefix ("/en/uslugi" → en, "/uslugi").
 * "/pl/…" is accepted too: it is the internal form of an unprefixed Polish path.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const [, first, ...rest] = pathname.split("/");
  if (isLocale(first)) return { locale: first, path: `/${rest.join("/")}` };
  return { locale: DEFAULT_LOCALE, path: pathname || "/" };
}

/**
 * The `lang` attribute for a record's text (records are in Polish) on a page in `locale`: none on a
 * Polish page, "pl" on the others, so that screen readers and translators read it as Polish.
 */
export function recordLang(locale: Locale): "pl" | undefined {
  return locale === DEFAULT_LOCALE ? undefined : "pl";
}
