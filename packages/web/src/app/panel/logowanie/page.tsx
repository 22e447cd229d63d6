import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/features/panel/auth/sign-in-form";
import { currentPanelUser, safePanelPath } from "@/lib/panel/current-user";

export const metadata: Metadata = { title: "Logowanie" };

export default async function SignInPage(props: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const params = await props.searchParams;
  const returnTo = safePanelPath(params.dalej);
  if (await currentPanelUser()) redirect(returnTo);
  return (
    <div className="panel-narrow">
      <h1>Logowanie do panelu</h1>
      {(params.wylogowano === "1" || params.wylogowano === "wszedzie") && (
        <p className="notice notice--success" role="status">
          {params.wylogowano === "1" ? "Wylogowano." : "Wylogowano na wszystkich urządzeniach."}
        </p>
      )}
      <p>
        Panel służy redaktorom ROPS i przedstawicielom podmiotów. Konto zakłada administrator przez
        zaproszenie.
      </p>
      <SignInForm returnTo={returnTo} />
    </div>
  );
}
