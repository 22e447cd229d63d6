import type { PanelRole } from "@/lib/panel/current-user";

export interface PanelNavItem {
  href: string;
  label: string;
  roles: readonly PanelRole[];
}

const STAFF = ["EDITOR", "ADMIN"] as const;

/** The panel's sections; each page checks the role again, and the API checks it for every field. */
export const PANEL_NAV: readonly PanelNavItem[] = [
  { href: "/panel", label: "Pulpit", roles: ["EDITOR", "ADMIN", "ORGANIZATION_REP"] },
  { href: "/panel/moj-podmiot", label: "Mój podmiot", roles: ["ORGANIZATION_REP"] },
  { href: "/panel/propozycje", label: "Propozycje zmian", roles: ["EDITOR", "ADMIN", "ORGANIZATION_REP"] },
  { href: "/panel/podmioty", label: "Podmioty", roles: STAFF },
  { href: "/panel/uslugi", label: "Usługi", roles: STAFF },
  { href: "/panel/certyfikaty", label: "Certyfikaty", roles: STAFF },
  { href: "/panel/dokumenty", label: "Dokumenty", roles: STAFF },
  { href: "/panel/dobre-praktyki", label: "Dobre praktyki", roles: STAFF },
  { href: "/panel/wskazniki", label: "Wskaźniki", roles: STAFF },
  { href: "/panel/wydarzenia", label: "Wydarzenia", roles: STAFF },
  { href: "/panel/import", label: "Import CSV", roles: STAFF },
  { href: "/panel/dziennik", label: "Dziennik zmian", roles: STAFF },
  { href: "/panel/uzytkownicy", label: "Użytkownicy", roles: ["ADMIN"] },
  { href: "/panel/klucze-api", label: "Klucze API", roles: ["ADMIN"] },
];

export const navFor = (role: PanelRole) => PANEL_NAV.filter((item) => item.roles.includes(role));

/** The section a path belongs to: the longest matching prefix, so /panel itself is only the dashboard. */
export function currentSection(path: string): string | null {
  const matches = PANEL_NAV.filter(
    (item) => path === item.href || (item.href !== "/panel" && path.startsWith(`${item.href}/`)),
  );
  return matches.sort((a, b) => b.href.length - a.href.length)[0]?.href ?? null;
}
