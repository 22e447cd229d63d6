import type { ReactNode } from "react";
import { SkipLink } from "@/components/skip-link";
import { MainNav } from "@/features/navigation/main-nav";
import { SiteInfoNav } from "@/features/navigation/site-info-nav";
import { SiteSearchBox } from "@/features/search/site-search-box";
import { siteSearchWords } from "@/features/search/site-search-words";
import { localeHref, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { LanguageSwitcher } from "./language-switcher";
import { ResultsArrivalMarks } from "./results-arrival-marks";

/** The document of every page in a language: header (navigation, languages, search), main, footer. */
export function SiteShell(props: { locale: Locale; children: ReactNode }) {
  const { locale } = props;
  const { site, siteInfo, nav, searchBox } = getMessages(locale);
  return (
    <html lang={locale}>
      <body>
        <SkipLink target="tresc">{site.skipLink}</SkipLink>
        <header className="site-header">
          <div className="container">
            <a className="site-name" href={localeHref(locale, "/")}>
              {site.name}
            </a>
            <p className="site-tagline">{site.tagline}</p>
            <LanguageSwitcher locale={locale} label={site.languages} />
            <MainNav locale={locale} messages={nav} />
            <SiteSearchBox locale={locale} messages={siteSearchWords(searchBox)} />
          </div>
        </header>
        <ResultsArrivalMarks />
        <main id="tresc" tabIndex={-1}>
          {props.children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <SiteInfoNav locale={locale} messages={siteInfo} />
            <p>{site.footer}</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
