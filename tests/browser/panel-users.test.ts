import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubGraphql } from "../support/hub-editor";
import { createHubAccount, signInToPanel, type PanelAccount } from "../support/panel-users";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let admin: PanelAccount;
let organization: { id: string; name: string; nip: string };

const repEmail = `przedstawiciel-${randomUUID().slice(0, 8)}@example.pl`;
const REP_PASSWORD = "zielony rower pod starym lasem";
let invitationLink = "";

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  admin = await createHubAccount(hub, "ADMIN", { displayName: "Adam Administrator" });
  const { organizations } = await hubGraphql<{
    organizations: { edges: { node: { id: string; name: string; nip: string | null } }[] };
  }>(hub, "{ organizations(first: 50) { edges { node { id name nip } } } }");
  const withNip = organizations.edges.map((edge) => edge.node).find((node) => node.nip);
  if (!withNip) throw new Error("The demo data has no organization with a NIP");
  organization = withNip as typeof organization;
});

afterAll(() => session?.close());

describe("inviting a user from the panel", () => {
  it("keeps the users page for administrators", async () => {
    const editor = await createHubAccount(hub, "EDITOR");
    const context = await session.browser.newContext({ locale: "pl-PL" });
    try {
      const editorPage = await context.newPage();
      await signInToPanel(editorPage, hub, editor, "/panel/uzytkownicy");
      expect(await editorPage.getByRole("status").textContent()).toContain("tylko administratorzy");
      expect(await editorPage.getByLabel("Adres e-mail").count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("lets an admin invite an organization's representative and shows the one-time link", async () => {
    await signInToPanel(page, hub, admin, "/panel/uzytkownicy");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Użytkownicy");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Znajdź podmiot przedstawiciela").fill(organization.nip);
    await page.getByRole("button", { name: "Szukaj podmiotu" }).click();
    await page.waitForURL(/podmiot=/);
    expect(await page.locator(".organization-search__result").textContent()).toContain(
      "Znaleziono 1 podmiot",
    );

    await page.getByLabel("Adres e-mail").fill(repEmail);
    await page.getByLabel("Imię i nazwisko").fill("Paula Przedstawicielka");
    await page.getByLabel("Rola").selectOption("ORGANIZATION_REP");
    const organizationSelect = page.getByLabel("Podmiot", { exact: true });
    expect(await organizationSelect.inputValue()).toBe(organization.id);
    await page.getByRole("button", { name: "Utwórz zaproszenie" }).click();

    await page.locator("#link-zaproszenia, .error-summary").first().waitFor();
    expect(await page.locator(".error-summary").allTextContents()).toEqual([]);
    const linkField = page.getByLabel(`Link zaproszenia dla ${repEmail}`);
    invitationLink = await linkField.inputValue();
    expect(invitationLink).toMatch(new RegExp(`^${hub.siteUrl}/panel/zaproszenie\\?token=[^&\\s]+$`));
    expect(await linkField.getAttribute("readonly")).not.toBeNull();
    const hintId = (await linkField.getAttribute("aria-describedby"))!;
    expect(await page.locator(`#${hintId}`).textContent()).toContain("działa tylko raz i wygasa po 7 dniach");
    expect(await page.locator(".notice--success").textContent()).toBe(
      `Utworzono zaproszenie dla ${repEmail}.`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lets the invited person set a password (not a breached one) and sign in as the representative", async () => {
    expect(invitationLink).not.toBe("");
    const context: BrowserContext = await session.browser.newContext({ locale: "pl-PL" });
    try {
      const invited = await context.newPage();
      await invited.goto(invitationLink);
      expect(await invited.getByRole("heading", { level: 1 }).textContent()).toBe("Ustaw hasło do panelu");
      expect(await invited.getByRole("region", { name: "Jakie hasło przyjmiemy" }).textContent()).toContain(
        "Co najmniej 12 znaków",
      );
      expect(await accessibilityViolations(invited)).toEqual([]);

      const password = invited.getByLabel("Nowe hasło");
      await password.fill("password123456");
      await invited.getByRole("button", { name: "Ustaw hasło i utwórz konto" }).click();
      await invited.locator(".error-summary").waitFor();
      expect(await password.getAttribute("aria-invalid")).toBe("true");
      const errorId = (await password.getAttribute("aria-describedby"))!
        .split(" ")
        .find((id) => id.endsWith("-error"))!;
      expect(await invited.locator(`#${errorId}`).textContent()).toContain(
        "najczęściej spotykanych w wyciekach",
      );
      expect(await password.inputValue()).toBe("");
      expect(await accessibilityViolations(invited)).toEqual([]);

      await password.fill(REP_PASSWORD);
      await invited.getByRole("button", { name: "Ustaw hasło i utwórz konto" }).click();
      await invited.waitForURL(/\/panel\/zaproszenie\?przyjeto=1$/);
      expect(await invited.getByRole("heading", { level: 1 }).textContent()).toBe("Konto jest gotowe");
      expect(await accessibilityViolations(invited)).toEqual([]);

      // The link worked once.
      await invited.goto(invitationLink);
      await invited.getByLabel("Nowe hasło").fill("inne dobre hasło na później");
      await invited.getByRole("button", { name: "Ustaw hasło i utwórz konto" }).click();
      await invited.locator(".error-summary").waitFor();
      expect(await invited.locator(".error-summary").textContent()).toContain(
        "link zaproszenia jest nieważny",
      );

      await signInToPanel(
        invited,
        hub,
        { id: "", email: repEmail, password: REP_PASSWORD, displayName: "Paula Przedstawicielka" },
        "/panel",
      );
      expect(new URL(invited.url()).pathname).toBe("/panel");
      expect(await invited.getByRole("heading", { level: 1 }).textContent()).toBe("Pulpit");
      const account = await invited.locator(".panel-account").textContent();
      expect(account).toContain("Paula Przedstawicielka");
      expect(account).toContain(`przedstawiciel podmiotu, ${organization.name}`);
      expect(
        await invited.getByRole("navigation", { name: "Panel" }).getByRole("link").allTextContents(),
      ).not.toContain("Użytkownicy");
      expect(await accessibilityViolations(invited)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
