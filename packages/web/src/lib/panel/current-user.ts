import { redirect } from "next/navigation";
import { cache } from "react";
import { graphql } from "@/__generated__";
import type { PanelViewerQuery } from "@/__generated__/graphql";
import { panelQuery } from "./panel-client";
import { readPanelToken } from "./session-cookie";

const PanelViewer = graphql(`
  query PanelViewer {
    me {
      id
      displayName
      email
      role
      organization {
        id
        name
        slug
      }
    }
  }
`);

export type PanelUser = NonNullable<PanelViewerQuery["me"]>;
export type PanelRole = PanelUser["role"];

/** The signed-in user of this request (asked once per request), or null. */
export const currentPanelUser = cache(async (): Promise<PanelUser | null> => {
  if (!(await readPanelToken())) return null;
  const { data, error } = await panelQuery(PanelViewer, {});
  if (error) throw error;
  return data?.me ?? null;
});

export const isStaff = (user: PanelUser) => user.role === "EDITOR" || user.role === "ADMIN";

/** Where a sign-in may send the user back to: a panel path only, never another site. */
export function safePanelPath(value: unknown): string {
  if (typeof value !== "string") return "/panel";
  return /^\/panel(\/[A-Za-z0-9\-_/.%]*)?(\?[^\s]*)?$/.test(value) && !value.includes("//")
    ? value
    : "/panel";
}

/**
 * The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. Pages check
 * roles themselves for what they show; the API checks them again for everything it serves.
 */
export async function requirePanelUser(returnTo: string): Promise<PanelUser> {
  const user = await currentPanelUser();
  if (!user) redirect(`/panel/logowanie?dalej=${encodeURIComponent(safePanelPath(returnTo))}`);
  return user;
}
