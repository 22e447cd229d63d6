import path from "node:path";
import type { NextConfig } from "next";

// npm workspaces hoist dependencies to the repository root; Next must trace files from there.
const repositoryRoot = path.resolve(import.meta.dirname, "..", "..");

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The panel's CSV import sends files of up to 1 MB to a server action (Next's default limit is
  // 1 MB for the whole request), so that the action itself can refuse larger ones at their field;
  // document PDFs go through a server action to the API, whose own limit (MAX_UPLOAD_MB, 50 by
  // default) decides, with its error shown at the file field.
  experimental: { serverActions: { bodySizeLimit: "50mb" } },
  reactStrictMode: true,
  // `npm test` checks the types of every package before it builds the site (scripts/run-tests.mjs).
  typescript: { ignoreBuildErrors: process.env.SKIP_WEB_TYPECHECK === "1" },
  turbopack: { root: repositoryRoot },
  outputFileTracingRoot: repositoryRoot,
  // Polish, the default language, has no prefix: its pages live under app/[locale] as /pl/…. After
  // the files (static routes such as /dane/csv, /sitemap.xml and Next's own assets win) and before
  // the dynamic routes (so /uslugi is not taken for a locale); /en, /uk and /pl themselves pass, and
  // so do the document files, whose route handler is dynamic ([fileId]) and outside app/[locale], and
  // the editors' panel (app/panel), which is Polish only, and the API's own paths, which the site
  // forwards to the API (app/graphql, app/open-data, app/hsds).
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: "/", destination: "/pl" },
        {
          source:
            "/:first((?!(?:pl|en|uk|panel|graphql|open-data|hsds)(?:/|$)|dokumenty/pliki/)[^/]+)/:rest*",
          destination: "/pl/:first/:rest*",
        },
      ],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
