import type { Metadata } from "next";
import { ApiKeyTable } from "@/features/panel/api-keys/api-key-table";
import { PanelApiKeys } from "@/features/panel/api-keys/api-key-queries";
import { CreateApiKeyForm } from "@/features/panel/api-keys/create-api-key-form";
import { RevokeConfirmation } from "@/features/panel/api-keys/revoke-confirmation";
import { requirePanelUser } from "@/lib/panel/current-user";
import { panelQuery } from "@/lib/panel/panel-client";
import { firstParam, type RawSearchParams } from "@/lib/search-params";
import "@/features/panel/users/users.css";
import "@/features/panel/api-keys/api-keys.css";

export const metadata: Metadata = { title: "Klucze API" };

const OUTCOMES: Record<string, { text: string; error: boolean }> = {
  uniewazniono: { text: "Klucz unieważniono: już nie działa.", error: false },
  blad: { text: "Nie udało się unieważnić klucza. Odśwież stronę i spróbuj ponownie.", error: true },
};

export default async function ApiKeysPage(props: { searchParams: Promise<RawSearchParams> }) {
  const params = await props.searchParams;
  const includeRevoked = firstParam(params.wszystkie) === "1";
  const toRevoke = firstParam(params.uniewaznij);
  const outcome = OUTCOMES[firstParam(params.wynik)];
  const user = await requirePanelUser("/panel/klucze-api");
  if (user.role !== "ADMIN") {
    return (
      <>
        <h1>Klucze API</h1>
        <p className="notice" role="status">
          Kluczami API partnerów zarządzają tylko administratorzy.
        </p>
        <p>
          <a href="/panel">Wróć do pulpitu</a>
        </p>
      </>
    );
  }
  // A key to revoke may be one already revoked only if it is listed: so every key is read then.
  const result = await panelQuery(PanelApiKeys, { first: 100, includeRevoked: includeRevoked || !!toRevoke });
  const connection = result.data?.apiKeys;
  if (result.error && !connection) console.error("Reading the API keys failed", result.error);
  const keys = connection?.edges.map((edge) => edge.node) ?? [];
  const revoking = keys.find((key) => key.id === toRevoke && !key.revokedAt);
  const listed = includeRevoked ? keys : keys.filter((key) => !key.revokedAt);

  return (
    <>
      <h1>Klucze API</h1>
      <p>
        Klucz API pozwala systemom partnerów korzystać z API Obserwatorium z własnym limitem zapytań, a w
        razie potrzeby czytać wersje robocze lub zapisywać zmiany. Partner wysyła go w nagłówku{" "}
        <code>X-API-Key</code>. Serwis przechowuje tylko skrót klucza: pełny klucz widać jeden raz, zaraz po
        utworzeniu.
      </p>
      {outcome && (
        <p className={`notice ${outcome.error ? "notice--error" : "notice--success"}`} role="status">
          {outcome.text}
        </p>
      )}
      {revoking && <RevokeConfirmation id={revoking.id} name={revoking.name} prefix={revoking.prefix} />}
      <section aria-labelledby="klucze">
        <h2 id="klucze">Klucze</h2>
        <p>
          {includeRevoked ? (
            <a href="/panel/klucze-api">Pokaż tylko działające klucze</a>
          ) : (
            <a href="/panel/klucze-api?wszystkie=1">Pokaż także unieważnione klucze</a>
          )}
        </p>
        {!connection ? (
          <p className="error-summary" role="alert">
            Nie udało się odczytać listy kluczy. Spróbuj ponownie za chwilę.
          </p>
        ) : listed.length === 0 ? (
          <p role="status">Nie ma jeszcze żadnego klucza.</p>
        ) : (
          <ApiKeyTable keys={listed} totalCount={listed.length} includeRevoked={includeRevoked} />
        )}
      </section>
      <section aria-labelledby="nowy-klucz-naglowek">
        <h2 id="nowy-klucz-naglowek">Nowy klucz</h2>
        <CreateApiKeyForm />
      </section>
    </>
  );
}
