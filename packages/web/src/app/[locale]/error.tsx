"use client";

import { useParams } from "next/navigation";
import { Button } from "@/components/button";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { FALLBACK_PAGES } from "@/i18n/messages/fallback-pages";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const messages = FALLBACK_PAGES[isLocale(locale) ? locale : DEFAULT_LOCALE].error;
  return (
    <div className="container">
      <h1>{messages.title}</h1>
      <p role="alert">{messages.text}</p>
      <Button onClick={reset}>{messages.retry}</Button>
    </div>
  );
}
