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

const SignOutEverywhere = graphql(`
  mutation PanelSignOutEverywhere {
    logoutEverywhere {
      endedSessions
    }
  }
`);

/** Forgets the cookie whatever the API answered: the user asked to be signed out. */
async function endSession(end: () => Promise<unknown>, done: string): Promise<never> {
  try {
    await end();
  } catch (error) {
    console.error("Ending the panel session in the API failed; the cookie is cleared anyway", error);
  }
  await clearPanelSession();
  redirect(`/panel/logowanie?wylogowano=${done}`);
}

/** Ends this session in the API (so the token is dead even if copied) and forgets the cookie. */
export async function signOut(): Promise<void> {
  await endSession(() => panelMutate(SignOut, {}), "1");
}

/** Ends every session of the user, on every device (e.g. after a lost laptop), then this one's cookie. */
export async function signOutEverywhere(): Promise<void> {
  await endSession(() => panelMutate(SignOutEverywhere, {}), "wszedzie");
}
