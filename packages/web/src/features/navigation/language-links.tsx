"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALE_NAMES, LOCALES, localeHref, splitLocale, type Locale } from "@/i18n/locales";

/** The same page in every language; `query` is "" or "?…". */
export function LanguageLinks(props: { locale: Locale; query: string }) {
  const { path } = splitLocale(usePathname() ?? "/");
  return (
    <ul>
      {LOCALES.map((locale) => (
        <li key={locale}>
          <a
            href={`${localeHref(locale, path)}${props.query}`}
            lang={locale}
            hrefLang={locale}
            aria-current={locale === props.locale ? "true" : undefined}
          >
            {LOCALE_NAMES[locale]}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function LanguageLinksWithQuery(props: { locale: Locale }) {
  const query = useSearchParams()?.toString() ?? "";
  return <LanguageLinks locale={props.locale} query={query ? `?${query}` : ""} />;
}
