"use client";

import { useParams } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, localeHref } from "@/i18n/locales";
import { EVENTS_NOT_FOUND } from "@/i18n/messages/events-not-found";

// notFound() of an event page; not-found files get no params, the URL's are read here.
export default function EventNotFound() {
  const { locale: param } = useParams<{ locale?: string }>() ?? {};
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const words = EVENTS_NOT_FOUND[locale];
  return (
    <div className="container">
      <h1>{words.title}</h1>
      <p>{words.text}</p>
      <p>
        <a href={localeHref(locale, "/wydarzenia")}>{words.search}</a> {words.or}{" "}
        <a href={localeHref(locale, "/")}>{words.home}</a>.
      </p>
    </div>
  );
}
