"use client";

import { usePathname } from "next/navigation";
import { localeHref, splitLocale, type Locale } from "@/i18n/locales";
import type { Messages } from "@/i18n/messages";

const LINKS = [
  { href: "/", key: "home" },
  { href: "/podmioty", key: "organizations" },
  { href: "/uslugi", key: "services" },
  { href: "/dokumenty", key: "documents" },
  { href: "/dobre-praktyki", key: "goodPractices" },
  { href: "/wydarzenia", key: "events" },
  { href: "/dane", key: "data" },
  { href: "/zakup-prospoleczny", key: "procurement" },
] as const;

function isCurrent(path: string, href: string): boolean {
  return href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`);
}

/**
 * The main navigation; the link of the section being viewed carries aria-current="page". Its words
 * come from the server, so the dictionaries stay out of the browser's bundle.
 */
export function MainNav(props: { locale: Locale; messages: Messages["nav"] }) {
  const { locale, messages } = props;
  const { path } = splitLocale(usePathname() ?? "");
  return (
    <nav className="site-nav" aria-label={messages.label}>
      <ul>
        {LINKS.map(({ href, key }) => (
          <li key={href}>
            <a href={localeHref(locale, href)} aria-current={isCurrent(path, href) ? "page" : undefined}>
              {messages[key]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
