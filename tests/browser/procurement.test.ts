import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubAllNodes } from "../support/hub-editor";

// The shared hub holds the demo registry: ~300 generated organizations of podlaskie, spółdzielnie
// socjalne, CIS and ZAZ among them, some offering care services (CPV 85312000-9, on the art. 361 list).
const ART_94 = "art. 94 Pzp — integracja społeczna i zawodowa";
const CSV_HEADER =
  "nazwa;NIP;KRS;forma prawna;adres;gmina;e-mail;telefon;strona internetowa;kody CPV;zamówienia zastrzeżone;Zakup Prospołeczny ważny do";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

const ART_94_LEGAL_FORMS = [
  "SOCIAL_COOPERATIVE",
  "DISABLED_PERSONS_COOPERATIVE",
  "BLIND_PERSONS_COOPERATIVE",
];
const ART_94_PES_TYPES = ["ZPCHR", "CIS", "KIS", "ZAZ", "WTZ"];

/** Legal form and PES type of every published organization, by name, from the API. */
async function organizationKinds(): Promise<Map<string, { legalForm: string; pesType: string }>> {
  const organizations = await hubAllNodes<{ name: string; legalForm: string; pesType: string }>(
    hub,
    `query ($first: Int!, $after: String) { list: organizations(first: $first, after: $after) {
       pageInfo { hasNextPage endCursor } edges { node { name legalForm pesType } } } }`,
  );
  return new Map(organizations.map((node) => [node.name, node]));
}

/** "Znaleziono 42 dostawców" → 42. */
async function foundCount(target: Page): Promise<number> {
  const text = await target.locator(".results-count").first().textContent();
  return Number(/Znaleziono (\d+)/.exec(text ?? "")?.[1]);
}

describe("zakupy prospołeczne /zakupy-prospoleczne", () => {
  it("explains reserved contracts and social clauses and offers a GET search form, without axe violations", async () => {
    const html = await (await fetch(`${hub.siteUrl}/zakupy-prospoleczne`)).text();
    const form = html.match(/<form class="procurement-form"[^>]*>/)?.[0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/zakupy-prospoleczne"');

    await page.goto(`${hub.siteUrl}/zakupy-prospoleczne`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Zakupy prospołeczne");
    const headings = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        "Zamówienie zastrzeżone — art. 94 Pzp",
        "Zamówienie zastrzeżone — art. 361 Pzp",
        "Klauzule społeczne — art. 96 Pzp",
        "Zakupy poniżej 130 000 zł netto",
        "Znak „Zakup Prospołeczny”",
      ]),
    );
    expect(await page.locator("#art94-rodzaje + ul").textContent()).toContain("spółdzielnia socjalna");
    expect(await foundCount(page)).toBeGreaterThan(20);
    expect(await page.locator(".supplier").count()).toBe(20);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("with art. 94 chosen lists only kinds that may bid, in a shareable, paged URL", async () => {
    await page.getByLabel(ART_94).check();
    await page.getByRole("button", { name: "Szukaj dostawców" }).click();
    await page.waitForURL(/zastrzezone=art94/);
    expect(await page.getByLabel(ART_94).isChecked()).toBe(true);

    const total = await foundCount(page);
    expect(total).toBeGreaterThan(0);
    const cards = page.locator(".supplier");
    const count = await cards.count();
    for (let index = 0; index < count; index++) {
      expect(await cards.nth(index).locator(".badges").textContent()).toContain(
        "zamówienia zastrzeżone: art. 94 Pzp",
      );
    }
    const forms = await page.locator(".supplier__meta").allTextContents();
    expect(forms.some((meta) => meta.startsWith("spółdzielnia socjalna"))).toBe(true);
    // Each listed supplier is of an art. 94 kind by its legal form or its PES type (a fundacja running
    // a ZAZ qualifies; a fundacja as such does not).
    const kinds = await organizationKinds();
    const names = await page.locator(".supplier__name").allTextContents();
    for (const name of names) {
      const { legalForm, pesType } = kinds.get(name)!;
      expect(ART_94_LEGAL_FORMS.includes(legalForm) || ART_94_PES_TYPES.includes(pesType)).toBe(true);
    }

    // The same URL in a fresh page (shared link) shows the same list, and pages without JavaScript.
    const shared = await session.context.newPage();
    await shared.goto(page.url());
    expect(await foundCount(shared)).toBe(total);
    if (total > 20) {
      await shared.getByRole("link", { name: "Następna strona" }).click();
      await shared.waitForURL(/strona=2/);
      expect(new URL(shared.url()).searchParams.get("zastrzezone")).toBe("art94");
    }
    await shared.close();
  });

  it("downloads the whole list as CSV whose header and rows match the list", async () => {
    const total = await foundCount(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Pobierz listę jako CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^dostawcy-prospoleczni-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines.length - 1).toBe(total);
    expect(lines.slice(1).every((line) => line.includes("art. 94 Pzp"))).toBe(true);
  });

  it("prints the list with contacts, the date and the filters, without axe violations", async () => {
    const total = await foundCount(page);
    await page.getByRole("link", { name: "Lista do wydruku z danymi kontaktowymi" }).click();
    await page.waitForURL(/\/zakupy-prospoleczne\/lista\?.*zastrzezone=art94/);
    expect(await page.locator(".supplier").count()).toBe(total);
    expect(await page.locator(".supplier__email").first().textContent()).toMatch(/@/);
    expect(await page.locator(".supplier__phone a").count()).toBeGreaterThan(0);
    const facts = await page.locator(".procurement-print__facts").textContent();
    expect(facts).toMatch(/Data sporządzenia listy\d{1,2} \p{L}+ \d{4}/u);
    expect(facts).toContain(`Może startować w zamówieniu zastrzeżonym: ${ART_94}`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
