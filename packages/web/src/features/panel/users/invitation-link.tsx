"use client";

import { usePanelFormState } from "../forms/panel-form";
import { OneTimeSecret } from "../forms/one-time-secret";

/**
 * The one-time link of a new invitation, to copy and hand over (no mail server sends it). It is
 * shown only in this answer: the API keeps nothing but the token's hash.
 */
export function InvitationLink() {
  const state = usePanelFormState();
  const link = state.status === "saved" ? state.values.link : undefined;
  if (!link) return null;
  return (
    <OneTimeSecret
      id="link-zaproszenia"
      noun="link"
      label={`Link zaproszenia dla ${state.values.email}`}
      value={link}
      hint={
        <>
          <strong>Uwaga:</strong> link działa tylko raz i wygasa po 7 dniach (do {state.values.expiresAt}).
          Przekaż go wyłącznie tej osobie. Nie da się go wyświetlić ponownie — gdy zginie, wyślij nowe
          zaproszenie.
        </>
      }
    />
  );
}
