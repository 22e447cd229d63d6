"use client";

import { useParams } from "next/navigation";
import { DEFAULT_LOCALE, isLocale, localeHref } from "@/i18n/locales";
import { KNOWLEDGE_NOT_FOUND } from "@/i18n/messages/knowledge-not-found";

// notFound() of a good practice page; not-found files get no params, the URL's are read here.
export default function GoodPracticeNotFound() {
  const { locale: param } = useParams<{ locale?: string }>() ?? {};
  const locale = isLocale(param) ? param : DEFAULT_LOCALE;
  const words = KNOWLEDGE_NOT_FOUND[locale];
  return (
    <div className="container">
      <h1>{words.goodPractice.title}</h1>
      <p>{words.goodPractice.text}</p>
      <p>
        <a href={localeHref(locale, "/dobre-praktyki")}>{words.goodPractice.search}</a> {words.or}{" "}
        <a href={localeHref(locale, "/")}>{words.home}</a>.
      </p>
    </div>
  );
}
