"use server";

import { revalidatePath } from "next/cache";
import { graphql } from "@/__generated__";
import { currentPanelUser } from "@/lib/panel/current-user";
import { panelPayload } from "@/lib/panel/panel-client";
import type { AccountActionState } from "./account-action-state";
import { accountDoneMessage, accountRefusalMessage, type AccountIntent } from "./account-messages";

const EndUserSessions = graphql(`
  mutation PanelEndUserSessions($userId: ID!) {
    endUserSessions(userId: $userId) {
      endedSessions
      userErrors {
        field
        message
      }
    }
  }
`);

const DeactivateUser = graphql(`
  mutation PanelDeactivateUser($id: ID!) {
    deactivateUser(id: $id) {
      user {
        id
        isActive
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const ReactivateUser = graphql(`
  mutation PanelReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      user {
        id
        isActive
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const text = (formData: FormData, name: string, max: number) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.trim().slice(0, max) : "";
};

async function run(intent: AccountIntent, id: string) {
  if (intent === "end-sessions") return panelPayload(EndUserSessions, { userId: id }, "endUserSessions");
  if (intent === "deactivate") return panelPayload(DeactivateUser, { id }, "deactivateUser");
  return panelPayload(ReactivateUser, { id }, "reactivateUser");
}

/**
 * Ends an account's sessions, deactivates or reactivates it (administrators only; the API checks
 * again), and answers with the words to announce; the list is revalidated to show the new state.
 */
export async function manageAccount(
  _previous: AccountActionState,
  formData: FormData,
): Promise<AccountActionState> {
  const user = await currentPanelUser();
  if (!user || user.role !== "ADMIN") {
    return { status: "failed", message: "Kontami zarządzają tylko administratorzy. Zaloguj się ponownie." };
  }
  const id = text(formData, "id", 300);
  const name = text(formData, "name", 200);
  const intent = (["end-sessions", "deactivate", "reactivate"] as const).find(
    (known) => known === text(formData, "intent", 20),
  );
  if (!id || !intent) return { status: "failed", message: "Nieznana czynność — odśwież stronę." };
  let payload;
  try {
    payload = await run(intent, id);
  } catch (error) {
    console.error(`The panel's ${intent} of account ${id} failed`, error);
    return { status: "failed", message: "Nie udało się — spróbuj ponownie za chwilę." };
  }
  const [refusal] = payload.userErrors;
  if (refusal) return { status: "refused", message: accountRefusalMessage(refusal.message) };
  revalidatePath("/panel/uzytkownicy");
  const ended = "endedSessions" in payload ? payload.endedSessions : 0;
  return { status: "done", message: accountDoneMessage(intent, name || "bez nazwy", ended) };
}
