import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { createHubAccount, signInToPanel, type PanelAccount } from "../support/panel-users";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let editor: PanelAccount;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  editor = await createHubAccount(hub, "EDITOR", { displayName: "Ewa Redaktorka" });
});

afterAll(() => session?.close());

describe("signing in to the panel", () => {
  it("sends an anonymous visitor to the sign-in page, which is not indexed and passes axe", async () => {
    const response = await fetch(`${hub.siteUrl}/panel`, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toMatch(/\/panel\/logowanie\?dalej=%2Fpanel$/);

    await page.goto(`${hub.siteUrl}/panel`);
    await page.waitForURL(/\/panel\/logowanie\?dalej=%2Fpanel$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("pl");
    expect(await page.locator('meta[name="robots"]').getAttribute("content")).toBe("noindex, nofollow");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Logowanie do panelu");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("refuses a wrong password with a focused summary, keeps the e-mail and never the password", async () => {
    await page.goto(`${hub.siteUrl}/panel/logowanie`);
    await page.getByLabel("Adres e-mail").fill(editor.email);
    await page.getByLabel("Hasło").fill("not the password at all");
    await page.getByRole("button", { name: "Zaloguj się" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Nie zalogowano.");
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.getByLabel("Adres e-mail").inputValue()).toBe(editor.email);
    expect(await page.getByLabel("Hasło").inputValue()).toBe("");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("signs in with the keyboard, sets an httpOnly SameSite=Strict cookie for /panel only, and signs out", async () => {
    await signInToPanel(page, hub, editor, "/panel");
    expect(new URL(page.url()).pathname).toBe("/panel");
    const [cookie] = (await session.context.cookies()).filter((item) => item.name === "obs_panel_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/panel", secure: false });

    await page.goto(`${hub.siteUrl}/panel`);
    expect(await page.locator(".panel-account").textContent()).toContain("Ewa Redaktorka");
    expect(
      await page.getByRole("navigation", { name: "Panel" }).getByRole("link").allTextContents(),
    ).toContain("Dziennik zmian");
    expect(await accessibilityViolations(page)).toEqual([]);

    const token = cookie!.value;
    await page.getByRole("button", { name: "Wyloguj się" }).click();
    await page.waitForURL(/\/panel\/logowanie\?wylogowano=1$/);
    expect(await page.getByRole("status").textContent()).toBe("Wylogowano.");
    // The API session ended too: the old token no longer works.
    const me = await fetch(hub.apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(((await me.json()) as { data: { me: unknown } }).data.me).toBeNull();
  });

  it("never sends a user back to another site after signing in", async () => {
    await page.goto(`${hub.siteUrl}/panel/logowanie?dalej=${encodeURIComponent("//evil.example/panel")}`);
    expect(await page.locator('input[name="dalej"]').inputValue()).toBe("/panel");
  });

  it("signs out everywhere: a session on another device ends too", async () => {
    await signInToPanel(page, hub, editor, "/panel");
    const otherDevice = await session.browser.newContext({ locale: "pl-PL" });
    try {
      const otherPage = await otherDevice.newPage();
      await signInToPanel(otherPage, hub, editor, "/panel");
      await otherPage.getByRole("button", { name: "Wyloguj na wszystkich urządzeniach" }).click();
      await otherPage.waitForURL(/\/panel\/logowanie\?wylogowano=wszedzie$/);
      expect(await otherPage.getByRole("status").textContent()).toBe(
        "Wylogowano na wszystkich urządzeniach.",
      );
    } finally {
      await otherDevice.close();
    }
    await page.goto(`${hub.siteUrl}/panel`);
    await page.waitForURL(/\/panel\/logowanie\?dalej=%2Fpanel$/);
  });
});
