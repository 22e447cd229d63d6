"use server";

import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { mutate } from "@/lib/apollo/server-mutate";
import { failedFormState, type PanelFormState } from "../forms/form-state";
import { passwordMessage } from "./password-messages";

const AcceptInvitation = graphql(`
  mutation PanelAcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      user {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const INVALID_LINK =
  "Ten link zaproszenia jest nieważny: został już użyty, wygasł albo jest niepełny. Poproś administratora o nowe zaproszenie.";

const rejected = (fieldErrors: Record<string, string>, formErrors: string[]): PanelFormState => ({
  status: "rejected",
  fieldErrors,
  formErrors,
  values: {},
  message: null,
});

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 1000) : "";
};

/**
 * Opens the invited account with the chosen password (the API applies the rule: length and the
 * breached-password list). The password never comes back into the form; after success the page
 * without the token says how to sign in.
 */
export async function acceptInvitation(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const token = text(formData, "token");
  const password = text(formData, "password");
  if (!password) {
    return rejected({ password: "Wpisz hasło." }, []);
  }
  let payload;
  try {
    const { data, error } = await mutate(AcceptInvitation, { token, password });
    if (error || !data) throw error ?? new Error("acceptInvitation returned no data");
    payload = data.acceptInvitation;
  } catch (error) {
    console.error("Accepting an invitation failed", error);
    return failedFormState({}, "Nie udało się utworzyć konta. Spróbuj ponownie za chwilę.");
  }
  if (!payload.user) {
    const fieldErrors: Record<string, string> = {};
    const formErrors: string[] = [];
    for (const { field, message } of payload.userErrors) {
      if (field[0] === "password") fieldErrors.password ??= passwordMessage(message);
      else if (field[0] === "token") formErrors.push(INVALID_LINK);
      else formErrors.push(message);
    }
    return rejected(fieldErrors, formErrors);
  }
  redirect("/panel/zaproszenie?przyjeto=1");
}
