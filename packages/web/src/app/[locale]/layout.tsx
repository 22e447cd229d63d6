import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/features/navigation/site-shell";
import { openGraph } from "@/features/seo/open-graph";
import { localeOf } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import "../globals.css";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await localeOf(params);
  const { site } = getMessages(locale);
  return {
    title: { default: site.name, template: `%s | ${site.name}` },
    description: site.description,
    openGraph: openGraph(site.name, site.description, "website", locale),
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Params }) {
  return <SiteShell locale={await localeOf(params)}>{children}</SiteShell>;
}
