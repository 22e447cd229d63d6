import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/features/panel/users/accept-invitation-form";
import { PasswordRules } from "@/features/panel/users/password-rules";

export const metadata: Metadata = { title: "Zaproszenie do panelu" };

/** Anyone with the link may open it: the one-time token is the only key, and the API checks it. */
export default async function InvitationPage(props: {
  searchParams: Promise<Record<string, string | string[]>>;
}) {
  const params = await props.searchParams;
  if (params.przyjeto === "1") {
    return (
      <div className="panel-narrow">
        <h1>Konto jest gotowe</h1>
        <p className="notice notice--success" role="status">
          Hasło zostało ustawione, a konto utworzone. Link zaproszenia przestał działać.
        </p>
        <p>
          <a href="/panel/logowanie">Zaloguj się do panelu</a> adresem e-mail, na który przyszło zaproszenie,
          i nowym hasłem.
        </p>
      </div>
    );
  }
  const token = typeof params.token === "string" ? params.token.trim() : "";
  if (!token) {
    return (
      <div className="panel-narrow">
        <h1>Zaproszenie do panelu</h1>
        <p className="notice" role="status">
          Ten adres nie zawiera zaproszenia. Otwórz pełny link otrzymany od administratora albo poproś o nowe
          zaproszenie.
        </p>
      </div>
    );
  }
  return (
    <div className="panel-narrow">
      <h1>Ustaw hasło do panelu</h1>
      <p>
        Masz zaproszenie do panelu redakcyjnego Obserwatorium. Wybierz hasło — po jego ustawieniu konto będzie
        gotowe, a ten link przestanie działać.
      </p>
      <PasswordRules />
      <AcceptInvitationForm token={token} />
    </div>
  );
}
