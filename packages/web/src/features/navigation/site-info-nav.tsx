/** Pages about the site itself; every page links them from the footer. */
export const SITE_INFO_LINKS = [
  { href: "/o-serwisie", label: "O serwisie" },
  { href: "/deklaracja-dostepnosci", label: "Deklaracja dostępności" },
  { href: "/kontakt", label: "Kontakt" },
  { href: "/polityka-prywatnosci", label: "Polityka prywatności" },
];

export function SiteInfoNav() {
  return (
    <nav className="site-info-nav" aria-label="Informacje o serwisie">
      <ul>
        {SITE_INFO_LINKS.map(({ href, label }) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
