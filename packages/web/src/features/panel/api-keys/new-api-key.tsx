"use client";

import { usePanelFormState } from "../forms/panel-form";
import { OneTimeSecret } from "../forms/one-time-secret";

/** The new key, to copy and hand to the partner: the API keeps only its hash, so it is shown once. */
export function NewApiKey() {
  const state = usePanelFormState();
  const key = state.status === "saved" ? state.values.key : undefined;
  if (!key) return null;
  return (
    <OneTimeSecret
      id="nowy-klucz"
      noun="klucz"
      label={`Klucz API „${state.values.name}”`}
      value={key}
      hint={
        <>
          <strong>Uwaga:</strong> skopiuj klucz teraz i przekaż go partnerowi bezpieczną drogą.{" "}
          <strong>Nie zostanie wyświetlony ponownie</strong> — serwis przechowuje tylko jego skrót. Gdy
          zginie, unieważnij go i utwórz nowy.
        </>
      }
    />
  );
}
