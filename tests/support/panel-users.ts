import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { createOrm, createUser } from "@obserwatorium/server";
import type { HubEndpoints } from "./browser-session";

export const PANEL_PASSWORD = "correct horse battery staple";

export interface PanelAccount {
  id: string;
  email: string;
  password: string;
  displayName: string;
}

/**
 * An account of any role in the hub's own database (an ORGANIZATION_REP with its organization's
 * UUID); test files share one hub, so every account gets an e-mail of its own.
 */
export async function createHubAccount(
  hub: Pick<HubEndpoints, "databaseUrl">,
  role: "ADMIN" | "EDITOR" | "ORGANIZATION_REP",
  {
    organizationId = null,
    displayName = "Anna Nowak",
  }: { organizationId?: string | null; displayName?: string } = {},
): Promise<PanelAccount> {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@example.pl`;
  const orm = await createOrm({ databaseUrl: hub.databaseUrl(), poolMax: 1 });
  try {
    const user = await createUser(orm.em.fork(), {
      email,
      displayName,
      role,
      password: PANEL_PASSWORD,
      organizationId,
    });
    return { id: user.id, email, password: PANEL_PASSWORD, displayName };
  } finally {
    await orm.close(true);
  }
}

/** Signs in through the panel's form with the keyboard only, and waits for the page it leads to. */
export async function signInToPanel(
  page: Page,
  hub: Pick<HubEndpoints, "siteUrl">,
  account: PanelAccount,
  path = "/panel",
) {
  await page.goto(`${hub.siteUrl}${path}`);
  await page.waitForURL(/\/panel\/logowanie/);
  await page.getByLabel("Adres e-mail").focus();
  await page.keyboard.type(account.email);
  await page.keyboard.press("Tab");
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => !url.pathname.startsWith("/panel/logowanie"));
}
