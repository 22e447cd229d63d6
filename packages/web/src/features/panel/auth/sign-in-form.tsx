"use client";

import { signIn } from "./sign-in-action";
import { PanelForm } from "../forms/panel-form";
import { PanelTextField } from "../forms/panel-fields";

export function SignInForm(props: { returnTo: string }) {
  return (
    <PanelForm
      action={signIn}
      submitLabel="Zaloguj się"
      errorTitle="Nie zalogowano."
      labels={{ email: "Adres e-mail", password: "Hasło" }}
    >
      <input type="hidden" name="dalej" value={props.returnTo} />
      <PanelTextField name="email" label="Adres e-mail" type="email" autoComplete="username" required />
      <PanelTextField
        name="password"
        label="Hasło"
        type="password"
        autoComplete="current-password"
        required
      />
    </PanelForm>
  );
}
