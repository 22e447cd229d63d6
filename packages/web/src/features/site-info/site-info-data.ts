import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";

// Facts about who runs the site, shown on the pages about the site. Values still null are the
// ROPS's to supply before go-live; the pages show them as visibly marked gaps, never as made-up data.

export const OPERATOR = {
  name: "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
  shortName: "ROPS w Białymstoku",
  /** The ROPS's postal address, e.g. "ul. …, 15-… Białystok". */
  postalAddress: null as string | null,
  phone: null as string | null,
  email: "obserwatorium@rops-bialystok.pl",
  dataProtectionOfficerEmail: "iod@rops-bialystok.pl",
};

export const ACCESSIBILITY_CONTACT = {
  person: null as string | null,
  email: "dostepnosc@rops-bialystok.pl",
  phone: null as string | null,
};

export const ACCESSIBILITY_STATEMENT = {
  /** YYYY-MM-DD; null until the ROPS names the day the site went public. */
  sitePublishedOn: null as string | null,
  siteUpdatedOn: "2026-11-22",
  preparedOn: "2026-11-22",
  reviewedOn: "2026-11-22",
};

/** The operator's name as a page in `locale` writes it: its Polish legal name, or its translation. */
export function operatorName(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? OPERATOR.name : getMessages(locale).site.tagline;
}
