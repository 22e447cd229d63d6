"use client";

import { useParams } from "next/navigation";
import { NotFoundMessage } from "@/features/navigation/not-found-message";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";

// notFound() inside a page of a language; not-found files get no params, the URL's are read here.
export default function LocaleNotFound() {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  return <NotFoundMessage locale={isLocale(locale) ? locale : DEFAULT_LOCALE} />;
}
