import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { MainNav } from "@/features/navigation/main-nav";
import { SiteInfoNav } from "@/features/navigation/site-info-nav";
import { SiteSearchBox } from "@/features/search/site-search-box";
import { openGraph } from "@/features/seo/open-graph";
import "./globals.css";

const DESCRIPTION =
  "Obserwatorium polityki społecznej: podmioty ekonomii społecznej, usługi społeczne, dokumenty i wskaźniki województwa podlaskiego.";

export const metadata: Metadata = {
  title: { default: "Obserwatorium", template: "%s | Obserwatorium" },
  description: DESCRIPTION,
  openGraph: openGraph("Obserwatorium", DESCRIPTION),
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="pl">
      <body>
        <a className="skip-link" href="#tresc">
          Przejdź do treści
        </a>
        <header className="site-header">
          <div className="container">
            <a className="site-name" href="/">
              Obserwatorium
            </a>
            <p className="site-tagline">Regionalny Ośrodek Polityki Społecznej w Białymstoku</p>
            <MainNav />
            <SiteSearchBox />
          </div>
        </header>
        <main id="tresc" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <SiteInfoNav />
            <p>Obserwatorium — otwarte oprogramowanie dla regionalnej polityki społecznej.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
