import type { Metadata } from "next";
import { headers } from "next/headers";
import { NotFoundMessage } from "@/features/navigation/not-found-message";
import { SiteShell } from "@/features/navigation/site-shell";
import { DEFAULT_LOCALE, isLocale, LOCALE_HEADER } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import "./globals.css";

async function requestLocale() {
  const locale = (await headers()).get(LOCALE_HEADER);
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

export async function generateMetadata(): Promise<Metadata> {
  const messages = getMessages(await requestLocale());
  return { title: `${messages.notFound.title} | ${messages.site.name}` };
}

/**
 * A path no route matches (also where the proxy sends records it knows are missing): rendered on
 * the server in the language the proxy found in the URL, inside the whole site's shell.
 */
export default async function NotFound() {
  const locale = await requestLocale();
  return (
    <SiteShell locale={locale}>
      <NotFoundMessage locale={locale} />
    </SiteShell>
  );
}
