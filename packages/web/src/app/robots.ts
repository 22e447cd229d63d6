import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/config";

// Read at request time so SITE_URL is the running site's, not the build machine's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Search result pages (endless combinations of filters) and the editors' panel stay out.
    rules: { userAgent: "*", allow: "/", disallow: ["/szukaj?", "/panel"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}
