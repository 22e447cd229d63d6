"use client";

import { useParams } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, localeHref } from "@/i18n/locales";
import { FALLBACK_PAGES } from "@/i18n/messages/fallback-pages";

// notFound() of a service page; not-found files get no params, the URL's are read here.
export default function ServiceNotFound() {
  const { locale: param } = useParams<{ locale?: string }>() ?? {};
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const words = FALLBACK_PAGES[locale].serviceNotFound;
  return (
    <div className="container">
      <h1>{words.title}</h1>
      <p>{words.text}</p>
      <p>
        <a href={localeHref(locale, "/uslugi")}>{words.search}</a> {words.or}{" "}
        <a href={localeHref(locale, "/")}>{words.home}</a>.
      </p>
    </div>
  );
}
