import { localeHref, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

/** Pages about the site itself; every page links them from the footer. */
export const SITE_INFO_LINKS = [
  { href: "/o-serwisie", key: "about" },
  { href: "/deklaracja-dostepnosci", key: "accessibility" },
  { href: "/kontakt", key: "contact" },
  { href: "/polityka-prywatnosci", key: "privacy" },
  { href: "/api", key: "api" },
] as const;

export function SiteInfoNav(props: { locale: Locale; messages: Messages["siteInfo"] }) {
  const { locale, messages } = props;
  return (
    <nav className="site-info-nav" aria-label={messages.label}>
      <ul>
        {SITE_INFO_LINKS.map(({ href, key }) => (
          <li key={href}>
            <a href={localeHref(locale, href)}>{messages[key]}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
