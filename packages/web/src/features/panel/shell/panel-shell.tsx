import type { ReactNode } from "react";
import type { PanelUser } from "@/lib/panel/current-user";
import { signOut, signOutEverywhere } from "../auth/sign-out-action";
import { ROLE_LABELS } from "./role-labels";
import { navFor } from "./panel-nav";
import { PanelNavLinks } from "./panel-nav-links";

/** The panel's document: its own header (who is signed in, sections, sign-out), Polish only. */
export function PanelShell(props: { user: PanelUser | null; children: ReactNode }) {
  const { user } = props;
  return (
    <html lang="pl">
      <body className="panel">
        <a className="skip-link" href="#tresc">
          Przejdź do treści
        </a>
        <header className="site-header panel-header">
          <div className="container">
            <a className="site-name" href="/panel">
              Obserwatorium — panel redakcyjny
            </a>
            {user && (
              <div className="panel-account">
                <p>
                  Zalogowano: <strong>{user.displayName}</strong> ({ROLE_LABELS[user.role]}
                  {user.organization ? `, ${user.organization.name}` : ""})
                </p>
                <form action={signOut}>
                  <button type="submit" className="button button--secondary">
                    Wyloguj się
                  </button>
                </form>
                <form action={signOutEverywhere}>
                  <button type="submit" className="button button--secondary">
                    Wyloguj na wszystkich urządzeniach
                  </button>
                </form>
              </div>
            )}
            {user && <PanelNavLinks items={navFor(user.role)} />}
          </div>
        </header>
        <main id="tresc" tabIndex={-1} className="container panel-main">
          {props.children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              <a href="/">Przejdź do serwisu publicznego</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}
