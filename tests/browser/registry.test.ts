import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

// The hub loads its demo registry on first start: ~300 generated organizations of podlaskie and the
// real "Spółdzielnia Socjalna KoFiSport" (Łomża), holder of an active "Zakup Prospołeczny"
// certificate for sport camps and kayaking trips.
const KOFISPORT = "Spółdzielnia Socjalna KoFiSport";
const SEARCH_LABEL = "Nazwa, NIP, REGON lub KRS";
const AREA_LABEL = "Obszar działania";
const ZAKUP_LABEL = "tylko z aktywnym certyfikatem Zakup Prospołeczny";
const VALIDITY = /^ważny od \d{1,2} \p{L}+ \d{4} r\. do \d{1,2} \p{L}+ \d{4} r\.$/u;

let session: BrowserSession;
let hub: HubEndpoints;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, context, page } = session);
});

afterAll(() => session?.close());

/** The names of the result cards on the page, in order. */
function resultNames(target: Page): Promise<string[]> {
  return target.locator(".organization-card h3").allTextContents();
}

describe("registry search /podmioty", () => {
  it("is server-rendered with its search form, without axe violations", async () => {
    const html = await (await fetch(`${hub.siteUrl}/podmioty`)).text();
    const form = html.match(/<form class="registry-filters"[^>]*>/)?.[0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/podmioty"');
    expect(html).toMatch(/Znaleziono \d+ podmiot/);

    await page.goto(`${hub.siteUrl}/podmioty`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Podmioty ekonomii społecznej",
    ]);
    expect(
      await page.getByRole("navigation", { name: "Główna" }).getByRole("link").allTextContents(),
    ).toEqual([
      "Strona główna",
      "Podmioty ekonomii społecznej",
      "Usługi społeczne",
      "Dokumenty",
      "Dobre praktyki",
      "Wydarzenia",
      "Dane",
      "Zakup Prospołeczny",
    ]);
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual([
      "Podmioty ekonomii społecznej",
    ]);
    expect(await page.getByRole("group", { name: "Forma prawna" }).getByRole("checkbox").count()).toBe(11);
    expect(await page.locator(".organization-card").count()).toBe(20);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("finds KoFiSport by area, the Zakup Prospołeczny mark and a word of its offer, in a shareable URL", async () => {
    await page.getByLabel(AREA_LABEL).selectOption({ label: "Łomża (miasto na prawach powiatu)" });
    await page.getByLabel(ZAKUP_LABEL).check();
    await page.getByLabel(SEARCH_LABEL).fill("kajak");
    await page.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/\/podmioty\?.*q=kajak/);

    const url = new URL(page.url());
    expect(url.searchParams.get("q")).toBe("kajak");
    expect(url.searchParams.get("obszar")).toBe("2062");
    expect(url.searchParams.get("certyfikat")).toBe("ZAKUP_PROSPOLECZNY");
    // The form is filled in from the URL.
    expect(await page.getByLabel(SEARCH_LABEL).inputValue()).toBe("kajak");
    expect(await page.getByLabel(AREA_LABEL).inputValue()).toBe("2062");
    expect(await page.getByLabel(ZAKUP_LABEL).isChecked()).toBe(true);

    const link = page.getByRole("link", { name: KOFISPORT, exact: true });
    expect(await link.count()).toBe(1);
    const card = page.locator(".organization-card", { has: link });
    expect(await card.locator(".badge").allTextContents()).toContain("Zakup Prospołeczny");
    expect(await card.textContent()).toContain("Spływy kajakowe");
    expect(await accessibilityViolations(page)).toEqual([]);

    // The same URL opened afresh gives the same result: the search can be shared.
    const shared = await context.newPage();
    await shared.goto(page.url());
    expect(await resultNames(shared)).toContain(KOFISPORT);
    await shared.close();

    await link.click();
    await page.waitForURL(/\/podmioty\/[^/?]+$/);
  });

  it("shows KoFiSport's page with its certificate, the certified offerings and the validity dates", async () => {
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([KOFISPORT]);
    expect(await page.title()).toBe(`${KOFISPORT} | Obserwatorium`);
    const certificates = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: "Certyfikaty i znaki jakości" }),
    });
    const certificate = certificates.locator("article", {
      has: page.getByRole("heading", { level: 3, name: /Zakup Prospołeczny/ }),
    });
    expect(await certificate.count()).toBeGreaterThanOrEqual(1);
    const active = certificate.filter({ hasText: "aktywny" }).first();
    expect(await active.locator(".certificate__offering-name").allTextContents()).toEqual(
      expect.arrayContaining(["Spływy kajakowe", "Obozy sportowe"]),
    );
    expect(await active.getByText(VALIDITY).count()).toBe(1);
    expect(await page.getByText(/^Ostatnia weryfikacja: .+\(źródło: .+\)/).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lists KoFiSport among the active certificates on /zakup-prospoleczny", async () => {
    await page.goto(`${hub.siteUrl}/zakup-prospoleczny`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Zakup Prospołeczny"]);
    const holder = page.locator("article.holder", { has: page.getByRole("link", { name: KOFISPORT }) });
    expect(await holder.count()).toBe(1);
    expect(await holder.textContent()).toContain("Spływy kajakowe");
    expect(await holder.getByText(/ważny od .+ do .+ r\.$/).count()).toBe(1);
    expect(
      await page.getByRole("link", { name: /Wyszukaj dostawców z certyfikatem/ }).getAttribute("href"),
    ).toBe("/podmioty?certyfikat=ZAKUP_PROSPOLECZNY");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers 404 for an organization that does not exist, readable without JavaScript", async () => {
    const response = await page.goto(`${hub.siteUrl}/podmioty/nie-ma-takiego`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1, name: "Nie znaleziono strony" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    const html = await (await fetch(`${hub.siteUrl}/podmioty/nie-ma-takiego`)).text();
    expect(html).toContain("Nie znaleziono strony</h1>");
    expect(html).toMatch(/<nav[^>]*aria-label="Główna"/);
  });

  it("ignores unknown parameters and explains a malformed CPV code at its field", async () => {
    const response = await page.goto(
      `${hub.siteUrl}/podmioty?cpv=abc&forma=NIE_MA&typ=CIS&sort=losowo&obszar=9999999&strona=-4`,
    );
    expect(response?.status()).toBe(200);
    expect(await page.locator(".error-summary").textContent()).toContain("Nieprawidłowy filtr:");
    const cpv = page.getByLabel("Kod CPV lub jego początek");
    expect(await cpv.getAttribute("aria-invalid")).toBe("true");
    expect(await cpv.getAttribute("aria-describedby")).toBe("cpv-hint cpv-error");
    expect(await page.getByLabel(AREA_LABEL).inputValue()).toBe("20");
    expect(await page.getByLabel("centrum integracji społecznej (CIS)").isChecked()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("suggests what to try when nothing matches", async () => {
    await page.goto(`${hub.siteUrl}/podmioty?q=xqzwxqzw&obszar=2062`);
    expect(await page.getByText("Znaleziono 0 podmiotów").count()).toBe(1);
    expect(await page.getByRole("link", { name: "wyczyścić wszystkie filtry" }).getAttribute("href")).toBe(
      "/podmioty",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("registry without JavaScript", () => {
  it("pages through the results with plain links", async () => {
    const noScript = await session.browser.newContext({ locale: "pl-PL", javaScriptEnabled: false });
    try {
      const tab = await noScript.newPage();
      await tab.goto(`${hub.siteUrl}/podmioty`);
      const firstPage = await resultNames(tab);
      expect(firstPage).toHaveLength(20);
      expect(await tab.getByText(/· strona 1 z \d+$/).count()).toBe(1);

      await tab.getByRole("link", { name: "Następna strona" }).click();
      await tab.waitForURL(/[?&]strona=2$/);
      expect(await tab.getByText(/· strona 2 z \d+$/).count()).toBe(1);
      const secondPage = await resultNames(tab);
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
      expect(await tab.getByRole("link", { name: "Poprzednia strona" }).getAttribute("href")).toBe(
        "/podmioty",
      );

      // The search form works without JavaScript too.
      await tab.getByLabel(SEARCH_LABEL).fill("kajak");
      await tab.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
      await tab.waitForURL(/q=kajak/);
      expect(await resultNames(tab)).toContain(KOFISPORT);
    } finally {
      await noScript.close();
    }
  });
});
