"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { currentPanelUser } from "@/lib/panel/current-user";
import { panelPayload } from "@/lib/panel/panel-client";

const RevokeApiKey = graphql(`
  mutation PanelRevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      apiKey {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

/** Revokes a key after the confirmation (administrators only; the API checks again). */
export async function revokeApiKeyAction(formData: FormData): Promise<void> {
  const user = await currentPanelUser();
  const id = String(formData.get("id") ?? "").slice(0, 300);
  if (!user || user.role !== "ADMIN" || !id) redirect("/panel/klucze-api?wynik=blad");
  let revoked = false;
  try {
    const payload = await panelPayload(RevokeApiKey, { id }, "revokeApiKey");
    revoked = Boolean(payload.apiKey);
  } catch (error) {
    console.error(`Revoking API key ${id} failed`, error);
  }
  revalidatePath("/panel/klucze-api");
  redirect(`/panel/klucze-api?wynik=${revoked ? "uniewazniono" : "blad"}`);
}
