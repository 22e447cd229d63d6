import type { MetadataRoute } from "next";
import { loadDetailPages } from "@/features/seo/sitemap-load";
import { sitemapEntries } from "@/features/seo/sitemap-entries";
import { siteUrl } from "@/lib/config";

// Built per request: the records change all the time, and the build has no API to ask.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(siteUrl(), await loadDetailPages());
}
