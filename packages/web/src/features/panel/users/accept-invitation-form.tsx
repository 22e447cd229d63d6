"use client";

import { PanelForm } from "../forms/panel-form";
import { PanelTextField } from "../forms/panel-fields";
import { acceptInvitation } from "./accept-invitation-action";
import { PASSWORD_MIN_LENGTH } from "./password-messages";

export function AcceptInvitationForm(props: { token: string }) {
  return (
    <PanelForm
      action={acceptInvitation}
      submitLabel="Ustaw hasło i utwórz konto"
      errorTitle="Nie utworzono konta."
      labels={{ password: "Nowe hasło" }}
    >
      <input type="hidden" name="token" value={props.token} />
      <PanelTextField
        name="password"
        label="Nowe hasło"
        type="password"
        autoComplete="new-password"
        hint={`Co najmniej ${PASSWORD_MIN_LENGTH} znaków; dowolne znaki, także spacje i polskie litery.`}
        required
      />
    </PanelForm>
  );
}
