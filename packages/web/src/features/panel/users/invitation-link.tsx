"use client";

import { useState } from "react";
import { FormField } from "@/components/form-field";
import { usePanelFormState } from "../forms/panel-form";

/**
 * The one-time link of a new invitation, to copy and hand over (no mail server sends it). It is
 * shown only in this answer: the API keeps nothing but the token's hash.
 */
export function InvitationLink() {
  const state = usePanelFormState();
  const [copied, setCopied] = useState<string | null>(null);
  const link = state.status === "saved" ? state.values.link : undefined;
  if (!link) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(link!);
      setCopied("Skopiowano link do schowka.");
    } catch {
      (document.getElementById("link-zaproszenia") as HTMLInputElement | null)?.select();
      setCopied("Nie udało się skopiować automatycznie: link jest zaznaczony, skopiuj go skrótem Ctrl+C.");
    }
  }

  return (
    <div className="notice invitation-link">
      <FormField
        id="link-zaproszenia"
        label={`Link zaproszenia dla ${state.values.email}`}
        hint={
          <>
            <strong>Uwaga:</strong> link działa tylko raz i wygasa po 7 dniach (do {state.values.expiresAt}).
            Przekaż go wyłącznie tej osobie. Nie da się go wyświetlić ponownie — gdy zginie, wyślij nowe
            zaproszenie.
          </>
        }
      >
        {(control) => (
          <input
            {...control}
            type="text"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
      </FormField>
      <button type="button" className="button button--secondary" onClick={copy}>
        Kopiuj link
      </button>
      <p role="status">{copied ?? ""}</p>
    </div>
  );
}
