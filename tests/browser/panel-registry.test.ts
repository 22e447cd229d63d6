import { randomInt, randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { createHubAccount, signInToPanel, type PanelAccount } from "../support/panel-users";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let editor: PanelAccount;

/** A NIP with a valid check digit that no demo record has (the registry refuses duplicates). */
function freshNip(): string {
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];
  for (;;) {
    const digits = Array.from({ length: 9 }, () => randomInt(10));
    const check = digits.reduce((sum, digit, index) => sum + digit * weights[index]!, 0) % 11;
    if (check !== 10 && digits[0] !== 0) return `${digits.join("")}${check}`;
  }
}

const publicStatus = async (slug: string) =>
  (await fetch(`${hub.siteUrl}/podmioty/${slug}`, { redirect: "manual" })).status;

const run = randomUUID().slice(0, 6);
const name = `Spółdzielnia Socjalna Próba ${run}`;
let organizationPath = "";
let slug = "";

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  editor = await createHubAccount(hub, "EDITOR", { displayName: "Ewa Redaktorka" });
});

afterAll(() => session?.close());

describe("the registry in the panel", () => {
  it("lists organizations with search and a state filter, and passes axe", async () => {
    await signInToPanel(page, hub, editor, "/panel/podmioty");
    expect(new URL(page.url()).pathname).toBe("/panel/podmioty");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Podmioty");
    const table = page.locator("table.record-table");
    expect(await table.locator("caption").textContent()).toMatch(/^Podmioty w rejestrze \(\d[\d\s]* rekord/);
    expect(await table.locator("thead th").allTextContents()).toEqual([
      "Nazwa",
      "NIP",
      "Forma prawna",
      "Stan",
      "Sprawdzono",
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Stan", { exact: true }).selectOption("ARCHIVED");
    await page.getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/stan=ARCHIVED/);
  });

  it("refuses an invalid NIP at its field, then saves a draft that the public site does not show", async () => {
    await page.goto(`${hub.siteUrl}/panel/podmioty`);
    await page.getByRole("link", { name: "Dodaj podmiot" }).click();
    await page.waitForURL(/\/panel\/podmioty\/nowy$/);
    await page.getByLabel("Nazwa (wymagane)", { exact: true }).fill(name);
    await page.getByLabel("Forma prawna (wymagane)").selectOption("SOCIAL_COOPERATIVE");
    await page.getByLabel("Rodzaj podmiotu (wymagane)").selectOption("PES");
    await page.getByLabel("NIP").fill("1234567890");
    await page.getByLabel("Ulica i numer (wymagane)").fill("ul. Lipowa 1");
    await page.getByLabel("Kod pocztowy (wymagane)").fill("15-001");
    await page.getByLabel("Miejscowość (wymagane)").fill("Białystok");
    await page.getByLabel("Kod TERYT gminy siedziby (wymagane)").fill("2061011");
    await page.getByRole("group", { name: "Pozycja 1" }).getByLabel("Nazwa").fill("Catering na imprezy");
    await page.getByRole("group", { name: "Pozycja 1" }).getByLabel("Kody CPV").fill("55520000-1");
    await page.getByRole("button", { name: "Zapisz szkic" }).click();

    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const nip = page.getByLabel("NIP");
    expect(await nip.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await nip.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).toContain("pole-nip-error");
    expect(await page.locator("#pole-nip-error").textContent()).toContain("nieprawidłową cyfrę kontrolną");
    // What was typed stays, the rest of the form too.
    expect(await nip.inputValue()).toBe("1234567890");
    expect(await page.getByLabel("Nazwa (wymagane)", { exact: true }).inputValue()).toBe(name);
    expect(await accessibilityViolations(page)).toEqual([]);

    await summary.getByRole("link", { name: /^NIP:/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("pole-nip");

    await nip.fill(freshNip());
    await page.getByRole("button", { name: "Zapisz szkic" }).click();
    await page.waitForURL(/\/panel\/podmioty\/[A-Za-z0-9_-]+\?zapisano=szkic$/);
    organizationPath = new URL(page.url()).pathname;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(name);
    expect(await page.locator(".notice--success").first().textContent()).toContain("Zapisano szkic");
    slug = await page.getByLabel("Adres strony (slug)").inputValue();
    expect(slug).toMatch(/^spoldzielnia-socjalna-proba-/);
    expect(await page.getByRole("list", { name: "Stan rekordu" }).textContent()).toContain("szkic");
    expect(await page.getByRole("heading", { name: "Podgląd szkicu" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await publicStatus(slug)).toBe(404);
  });

  it("publishes the draft (now public), marks it verified today, and archives it (hidden again)", async () => {
    await page.goto(`${hub.siteUrl}${organizationPath}`);
    const lifecycle = page.locator(".record-lifecycle");
    await lifecycle.getByRole("button", { name: "Opublikuj" }).click();
    await expect
      .poll(() => lifecycle.getByRole("status").textContent())
      .toBe("Opublikowano. Rekord jest widoczny w serwisie publicznym.");
    await expect
      .poll(() => lifecycle.getByRole("list", { name: "Stan rekordu" }).textContent())
      .toContain("opublikowany");
    expect(
      await lifecycle.getByRole("link", { name: "Zobacz rekord w serwisie publicznym" }).getAttribute("href"),
    ).toBe(`/podmioty/${slug}`);
    expect(await publicStatus(slug)).toBe(200);

    const verify = page.locator(".record-verify");
    await verify.getByLabel("Jak sprawdzono dane (wymagane)").fill("telefon do podmiotu");
    await verify.getByRole("button", { name: "Oznacz jako sprawdzone dziś" }).click();
    await expect
      .poll(() => verify.getByRole("status").textContent())
      .toBe("Zapisano, że dane sprawdzono dziś.");
    await expect
      .poll(() => verify.textContent())
      .toMatch(/Ostatnio sprawdzono: \d{1,2} \S+ \d{4} \(telefon do podmiotu\)/);

    await lifecycle.getByRole("button", { name: "Przenieś do archiwum" }).click();
    await expect
      .poll(() => lifecycle.getByRole("status").textContent())
      .toContain("Przeniesiono do archiwum.");
    await expect
      .poll(() => lifecycle.getByRole("list", { name: "Stan rekordu" }).textContent())
      .toContain("w archiwum");
    expect(await publicStatus(slug)).toBe(404);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("issues a Zakup Prospołeczny certificate for 12 months and shows it in the certificate list", async () => {
    await page.goto(`${hub.siteUrl}${organizationPath}`);
    await page.getByRole("link", { name: "Wydaj certyfikat temu podmiotowi" }).click();
    await page.waitForURL(/\/panel\/certyfikaty\/nowy\?podmiot=/);
    const validFrom = await page.getByLabel("Ważny od (wymagane)").inputValue();
    const validTo = await page.getByLabel("Ważny do").inputValue();
    const end = new Date(`${validFrom}T00:00:00Z`);
    end.setUTCFullYear(end.getUTCFullYear() + 1);
    end.setUTCDate(end.getUTCDate() - 1);
    expect(validTo).toBe(end.toISOString().slice(0, 10));
    // The organization's offering is offered for certification.
    expect(await page.getByRole("group", { name: "Pozycja 1" }).getByLabel("Nazwa").inputValue()).toBe(
      "Catering na imprezy",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    const number = `ZP/${run}/1`;
    await page.getByLabel("Numer certyfikatu (wymagane)").fill(number);
    await page.getByRole("button", { name: "Wydaj certyfikat" }).click();
    await page.waitForURL(/\/panel\/certyfikaty\/[A-Za-z0-9_-]+\?zapisano=wydano$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      `Certyfikat Zakup Prospołeczny nr ${number}`,
    );
    expect(await page.locator("dl.facts").textContent()).toMatch(/aktywny, wygasa za 36[45] dni/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: name }).click();
    await page.getByRole("link", { name: "Certyfikaty tego podmiotu na liście certyfikatów" }).click();
    await page.waitForURL(/\/panel\/certyfikaty\?podmiot=/);
    const row = page.locator("table.record-table tbody tr", { hasText: number });
    expect(await row.locator("th").textContent()).toBe(`Zakup Prospołeczny nr ${number}`);
    expect(await row.textContent()).toMatch(/wygasa za 36[45] dni/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows an organization's representative that the registry is for editors only", async () => {
    const response = await fetch(`${hub.apiUrl}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ organizations(first: 1) { edges { node { id } } } }" }),
    });
    const globalId = (
      (await response.json()) as { data: { organizations: { edges: { node: { id: string } }[] } } }
    ).data.organizations.edges[0]!.node.id;
    const organizationId = Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;
    const rep = await createHubAccount(hub, "ORGANIZATION_REP", {
      organizationId,
      displayName: "Piotr Przedstawiciel",
    });
    const context = await session.browser.newContext({ locale: "pl-PL" });
    try {
      const repPage = await context.newPage();
      await signInToPanel(repPage, hub, rep, "/panel/podmioty");
      expect(new URL(repPage.url()).pathname).toBe("/panel/podmioty");
      expect(await repPage.getByRole("heading", { level: 1 }).textContent()).toBe("Podmioty — brak dostępu");
      expect(await repPage.locator("table").count()).toBe(0);
      await repPage.goto(`${hub.siteUrl}${organizationPath}`);
      expect(await repPage.getByRole("heading", { level: 1 }).textContent()).toBe("Podmiot — brak dostępu");
      expect(await repPage.locator("form.panel-form").count()).toBe(0);
      expect(await accessibilityViolations(repPage)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
