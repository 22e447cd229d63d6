"use server";

import { redirect } from "next/navigation";
import { graphql } from "@/__generated__";
import { panelMutate } from "@/lib/panel/panel-client";
import { clearPanelSession } from "@/lib/panel/session-cookie";

const SignOut = graphql(`
  mutation PanelSignOut {
    logout {
      ok
    }
  }
`);

/** Ends the session in the API (so the token is dead even if copied) and forgets the cookie. */
export async function signOut(): Promise<void> {
  try {
    await panelMutate(SignOut, {});
  } catch (error) {
    console.error("Ending the panel session in the API failed; the cookie is cleared anyway", error);
  }
  await clearPanelSession();
  redirect("/panel/logowanie?wylogowano=1");
}
