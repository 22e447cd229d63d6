import { Suspense } from "react";
import type { Locale } from "@/i18n/locales";
import { LanguageLinks, LanguageLinksWithQuery } from "./language-links";

/**
 * Links to the page being viewed in the other languages, each named and marked in its own language.
 * The query string is kept once the search params are known (always, since the pages are dynamic).
 */
export function LanguageSwitcher(props: { locale: Locale; label: string }) {
  return (
    <nav className="language-switcher" aria-label={props.label}>
      <Suspense fallback={<LanguageLinks locale={props.locale} query="" />}>
        <LanguageLinksWithQuery locale={props.locale} />
      </Suspense>
    </nav>
  );
}
