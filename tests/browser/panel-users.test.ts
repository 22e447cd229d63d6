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
    await page.getByLabel("Rola (wymagane)").selectOption("ORGANIZATION_REP");
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

describe("managing accounts from the panel", () => {
  it("finds an account by e-mail, deactivates it (its browser is signed out, its sign-in refused) and restores it", async () => {
    const name = `Konrad Kontrolny ${randomUUID().slice(0, 6)}`;
    const member = await createHubAccount(hub, "EDITOR", { displayName: name });
    const memberContext = await session.browser.newContext({ locale: "pl-PL" });
    const adminContext = await session.browser.newContext({ locale: "pl-PL" });
    try {
      const memberPage = await memberContext.newPage();
      await signInToPanel(memberPage, hub, member, "/panel");
      expect(new URL(memberPage.url()).pathname).toBe("/panel");

      const adminPage = await adminContext.newPage();
      await signInToPanel(adminPage, hub, admin, "/panel/uzytkownicy");
      const accounts = adminPage.getByRole("region", { name: "Konta" });
      expect(await accounts.getByRole("table").locator("caption").textContent()).toMatch(
        /^Aktywne konta, alfabetycznie \(\d+ kont/,
      );
      expect(await accounts.getByRole("columnheader").allTextContents()).toEqual([
        "Imię i nazwisko",
        "E-mail",
        "Rola",
        "Podmiot",
        "Stan",
        "Ostatnie logowanie",
        "Działania",
      ]);
      expect(await accessibilityViolations(adminPage)).toEqual([]);

      await adminPage.getByLabel("Szukaj konta").fill(member.email.toUpperCase());
      await adminPage.getByRole("button", { name: "Pokaż konta" }).click();
      await adminPage.waitForURL(/szukaj=/);
      const row = accounts.getByRole("row").filter({ has: adminPage.getByRole("rowheader", { name }) });
      expect(await accounts.getByRole("rowheader").allTextContents()).toEqual([name]);
      const cells = await row.getByRole("cell").allTextContents();
      expect(cells.slice(0, 4)).toEqual([
        member.email,
        "redaktor",
        "—nie dotyczy",
        "aktywneotwarte sesje: 1",
      ]);
      expect(cells[4]).toMatch(/^\d{1,2} \p{L}+ \d{4} \d{2}:\d{2}$/u);
      expect(await accessibilityViolations(adminPage)).toEqual([]);

      await row.getByRole("button", { name: `Dezaktywuj — ${name}` }).click();
      const status = accounts.getByRole("status").first();
      await adminPage.getByText(`Dezaktywowano konto „${name}”`).waitFor();
      expect(await status.evaluate((element) => element === document.activeElement)).toBe(true);
      // Only active accounts are listed: the deactivated one leaves the list, its announcement stays.
      await accounts.getByText("Brak kont spełniających warunki filtra.").waitFor();
      expect(await accessibilityViolations(adminPage)).toEqual([]);

      await memberPage.goto(`${hub.siteUrl}/panel/uslugi`);
      await memberPage.waitForURL(/\/panel\/logowanie\?dalej=%2Fpanel%2Fuslugi/);
      const refusal = async (password: string) => {
        await memberPage.getByLabel("Adres e-mail").fill(member.email);
        await memberPage.getByLabel("Hasło").fill(password);
        await memberPage.getByRole("button", { name: "Zaloguj się" }).click();
        const summary = memberPage.locator(".error-summary");
        await summary.waitFor();
        const text = await summary.textContent();
        await memberPage.goto(`${hub.siteUrl}/panel/logowanie`);
        return text;
      };
      const refusedWithRightPassword = await refusal(member.password);
      expect(refusedWithRightPassword).toContain("Nie zalogowano.");
      // The same words as for a wrong password: nobody learns that the account exists but is off.
      expect(await refusal("to nie jest moje hasło")).toBe(refusedWithRightPassword);

      await accounts.getByLabel("Pokaż nieaktywne").check();
      await adminPage.getByRole("button", { name: "Pokaż konta" }).click();
      await adminPage.waitForURL(/nieaktywne=1/);
      expect(await accounts.getByRole("table").locator("caption").textContent()).toMatch(
        /^Konta, także nieaktywne, alfabetycznie \(1 konto\)$/,
      );
      expect(await row.getByRole("cell").nth(3).textContent()).toBe("nieaktywne");
      expect(await row.getByRole("button", { name: `Dezaktywuj — ${name}` }).count()).toBe(0);
      await row.getByRole("button", { name: `Przywróć — ${name}` }).click();
      await adminPage.getByText(`Przywrócono konto „${name}”`).waitFor();
      await row.getByRole("button", { name: `Dezaktywuj — ${name}` }).waitFor();
      expect(await row.getByRole("cell").nth(3).textContent()).toBe("aktywneotwarte sesje: 0");
      expect(await accessibilityViolations(adminPage)).toEqual([]);

      await signInToPanel(memberPage, hub, member, "/panel");
      expect(new URL(memberPage.url()).pathname).toBe("/panel");
    } finally {
      await memberContext.close();
      await adminContext.close();
    }
  });

  it("ends an account's sessions without JavaScript too, and says so", async () => {
    const name = `Nina Bezskryptowa ${randomUUID().slice(0, 6)}`;
    const member = await createHubAccount(hub, "EDITOR", { displayName: name });
    const { login } = await hubGraphql<{ login: { token: string } }>(
      hub,
      "mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
      { email: member.email, password: member.password },
    );
    const me = async () =>
      (
        await hubGraphql<{ me: { id: string } | null }>(
          hub,
          "{ me { id } }",
          {},
          {
            authorization: `Bearer ${login.token}`,
          },
        )
      ).me;
    expect(await me()).not.toBeNull();

    const noScript = await session.browser.newContext({ locale: "pl-PL", javaScriptEnabled: false });
    try {
      const adminPage = await noScript.newPage();
      await signInToPanel(
        adminPage,
        hub,
        admin,
        `/panel/uzytkownicy?szukaj=${encodeURIComponent(member.email)}`,
      );
      await adminPage.getByRole("button", { name: `Zakończ sesje — ${name}` }).click();
      await adminPage.getByText(`Zakończono 1 sesję konta „${name}”`).waitFor();
      expect(
        await adminPage.getByRole("region", { name: "Konta" }).getByRole("status").first().textContent(),
      ).toContain(`Zakończono 1 sesję konta „${name}”`);
      expect(await me()).toBeNull();
    } finally {
      await noScript.close();
    }
  });
});
