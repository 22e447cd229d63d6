"use server";

import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { mutate } from "@/lib/apollo/server-mutate";
import { safePanelPath } from "@/lib/panel/current-user";
import { storePanelSession } from "@/lib/panel/session-cookie";
import { failedFormState, type PanelFormState } from "../forms/form-state";

const SignIn = graphql(`
  mutation PanelSignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      expiresAt
      userErrors {
        field
        message
      }
    }
  }
`);

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 1000) : "";
};

/**
 * Signs in through the API and keeps the session token in the panel's own cookie. The password is
 * never put back into the form, and the API's answer to a wrong one does not say which part was wrong.
 */
export async function signIn(_previous: PanelFormState, formData: FormData): Promise<PanelFormState> {
  const email = text(formData, "email").trim();
  const values = { email };
  if (!email || !text(formData, "password")) {
    return {
      status: "rejected",
      fieldErrors: {
        ...(email ? {} : { email: "Wpisz adres e-mail." }),
        ...(text(formData, "password") ? {} : { password: "Wpisz hasło." }),
      },
      formErrors: [],
      values,
      message: null,
    };
  }
  let payload;
  try {
    const { data, error } = await mutate(SignIn, { email, password: text(formData, "password") });
    if (error || !data) throw error ?? new Error("login returned no data");
    payload = data.login;
  } catch (error) {
    console.error("Signing in to the panel failed", error);
    return failedFormState(values, "Logowanie jest chwilowo niedostępne. Spróbuj ponownie za chwilę.");
  }
  if (!payload.token || !payload.expiresAt) {
    return {
      ...failedFormState(values, payload.userErrors[0]?.message ?? "Nie udało się zalogować."),
      status: "rejected",
    };
  }
  await storePanelSession(payload.token, new Date(String(payload.expiresAt)));
  redirect(safePanelPath(text(formData, "dalej")));
}
