"use client";

import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Strona główna" },
  { href: "/podmioty", label: "Podmioty ekonomii społecznej" },
  { href: "/uslugi", label: "Usługi społeczne" },
  { href: "/dokumenty", label: "Dokumenty" },
  { href: "/dobre-praktyki", label: "Dobre praktyki" },
  { href: "/dane", label: "Dane" },
  { href: "/zakup-prospoleczny", label: "Zakup Prospołeczny" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The main navigation; the link of the section being viewed carries aria-current="page". */
export function MainNav() {
  const pathname = usePathname() ?? "";
  return (
    <nav className="site-nav" aria-label="Główna">
      <ul>
        {LINKS.map(({ href, label }) => (
          <li key={href}>
            <a href={href} aria-current={isCurrent(pathname, href) ? "page" : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
