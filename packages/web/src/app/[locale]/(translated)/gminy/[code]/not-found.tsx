"use client";

import { useParams } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, localeHref } from "@/i18n/locales";
import { DATA_NOT_FOUND } from "@/i18n/messages/data-not-found";

// notFound() of a gmina or powiat page; not-found files get no params, the URL's are read here.
export default function CoverageNotFound() {
  const { locale: param } = useParams<{ locale?: string }>() ?? {};
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const words = DATA_NOT_FOUND[locale];
  return (
    <div className="container">
      <h1>{words.title}</h1>
      <p>{words.text}</p>
      <p>
        <a href={localeHref(locale, "/gminy")}>{words.list}</a> {words.or}{" "}
        <a href={localeHref(locale, "/uslugi")}>{words.search}</a>.
      </p>
    </div>
  );
}
