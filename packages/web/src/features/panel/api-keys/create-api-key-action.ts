"use server";

import { revalidatePath } from "next/cache";
import { graphql } from "@/__generated__";
import { currentPanelUser } from "@/lib/panel/current-user";
import { panelPayload } from "@/lib/panel/panel-client";
import { isIsoDate, nextDay, warsawDayStart } from "@/lib/warsaw-dates";
import {
  failedFormState,
  formValues,
  rejectedFormState,
  savedFormState,
  type PanelFormState,
} from "../forms/form-state";
import { ACCESS_LEVELS, type AccessLevel } from "./api-key-access";

const CreateApiKey = graphql(`
  mutation PanelCreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        id
        name
      }
      userErrors {
        field
        message
      }
    }
  }
`);

// A "use server" file may export nothing but async functions.
const FIELDS = ["name", "partner", "scopes", "expiresAt"] as const;

/**
 * Creates a partner's key (administrators only; the API checks it again). The key comes back only
 * in this answer: the form shows it once, to copy.
 */
export async function createApiKeyAction(
  _previous: PanelFormState,
  formData: FormData,
): Promise<PanelFormState> {
  const values = formValues(formData);
  const user = await currentPanelUser();
  if (!user || user.role !== "ADMIN") {
    return failedFormState(values, "Klucze API tworzą tylko administratorzy. Zaloguj się ponownie.");
  }
  const name = (values.name ?? "").trim();
  const partner = (values.partner ?? "").trim();
  const level = Object.keys(ACCESS_LEVELS).find((known) => known === values.scopes) as
    AccessLevel | undefined;
  const until = (values.expiresAt ?? "").trim();
  const missing: Record<string, string> = {};
  if (!name) missing.name = "Wpisz nazwę klucza.";
  if (!partner) missing.partner = "Napisz, dla kogo i do czego jest klucz.";
  if (!level) missing.scopes = "Wybierz zakres dostępu.";
  if (until && !isIsoDate(until)) missing.expiresAt = "Podaj datę w postaci RRRR-MM-DD.";
  if (Object.keys(missing).length) {
    return { status: "rejected", fieldErrors: missing, formErrors: [], values, message: null };
  }

  let payload;
  try {
    payload = await panelPayload(
      CreateApiKey,
      {
        input: {
          name,
          partner,
          scopes: [...ACCESS_LEVELS[level!].scopes],
          // Valid through the whole chosen day by the Polish clock.
          expiresAt: until ? warsawDayStart(nextDay(until)) : null,
        },
      },
      "createApiKey",
    );
  } catch (error) {
    console.error("Creating an API key failed", error);
    return failedFormState(values, "Nie udało się utworzyć klucza. Spróbuj ponownie za chwilę.");
  }
  if (!payload.apiKey || !payload.key) return rejectedFormState(values, payload.userErrors, FIELDS);
  revalidatePath("/panel/klucze-api");
  return savedFormState(`Utworzono klucz „${payload.apiKey.name}”.`, {
    key: payload.key,
    name: payload.apiKey.name,
  });
}
