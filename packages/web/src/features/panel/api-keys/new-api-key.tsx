"use client";

import { useState } from "react";
import { FormField } from "@/components/form-field";
import { usePanelFormState } from "../forms/panel-form";

/** The new key, to copy and hand to the partner: the API keeps only its hash, so it is shown once. */
export function NewApiKey() {
  const state = usePanelFormState();
  const [copied, setCopied] = useState<string | null>(null);
  const key = state.status === "saved" ? state.values.key : undefined;
  if (!key) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(key!);
      setCopied("Skopiowano klucz do schowka.");
    } catch {
      (document.getElementById("nowy-klucz") as HTMLInputElement | null)?.select();
      setCopied("Nie udało się skopiować automatycznie: klucz jest zaznaczony, skopiuj go skrótem Ctrl+C.");
    }
  }

  return (
    <div className="notice invitation-link">
      <FormField
        id="nowy-klucz"
        label={`Klucz API „${state.values.name}”`}
        hint={
          <>
            <strong>Uwaga:</strong> skopiuj klucz teraz i przekaż go partnerowi bezpieczną drogą.{" "}
            <strong>Nie zostanie wyświetlony ponownie</strong> — serwis przechowuje tylko jego skrót. Gdy
            zginie, unieważnij go i utwórz nowy.
          </>
        }
      >
        {(control) => (
          <input
            {...control}
            type="text"
            readOnly
            value={key}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </FormField>
      <button type="button" className="button button--secondary" onClick={copy}>
        Kopiuj klucz
      </button>
      <p role="status">{copied ?? ""}</p>
    </div>
  );
}
