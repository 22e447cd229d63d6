import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

// The hub loads ~1500 generated demo services on first start; gmina Łapy (powiat białostocki,
// TERYT 2002063) always gets a free respite service from its OPS, under this title.
const LAPY_RESPITE = "Usługi wytchnieniowe dla opiekunów w gminie Łapy";
const LAPY_CODE = "2002063";
const LAPY_LABEL = "gmina miejsko-wiejska Łapy (powiat białostocki)";
const SEARCH_LABEL = "Czego szukasz?";
const PLACE_LABEL = "Gmina lub powiat";
const FREE_LABEL = "tylko bezpłatne";

let session: BrowserSession;
let hub: HubEndpoints;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, context, page } = session);
});

afterAll(() => session?.close());

/** The titles of the result cards on the page, in order. */
function resultTitles(target: Page): Promise<string[]> {
  return target.locator(".service-card h3 a").allTextContents();
}

/** N of "Znaleziono N usług". */
async function resultCount(target: Page): Promise<number> {
  const text = (await target.locator(".results-count").textContent()) ?? "";
  const count = /^Znaleziono (\d+) usług/.exec(text)?.[1];
  if (count === undefined) throw new Error(`No result count in "${text}"`);
  return Number(count);
}

async function search(fields: { text?: string; place?: string }) {
  await page.goto(`${hub.siteUrl}/uslugi`);
  if (fields.text !== undefined) await page.getByLabel(SEARCH_LABEL).fill(fields.text);
  if (fields.place !== undefined) await page.getByLabel(PLACE_LABEL).fill(fields.place);
  await page.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
  await page.waitForURL(/\/uslugi\?/);
}

describe("services search /uslugi", () => {
  it("is server-rendered with its GET form and facets, without axe violations", async () => {
    const html = await (await fetch(`${hub.siteUrl}/uslugi`)).text();
    const form = html.match(/<form class="registry-filters service-filters"[^>]*>/)?.[0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/uslugi"');
    expect(html).toMatch(/Znaleziono 1[45]\d\d usług/);

    await page.goto(`${hub.siteUrl}/uslugi`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Usługi społeczne"]);
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual([
      "Usługi społeczne",
    ]);
    expect(await page.getByRole("group", { name: "Obszar usług" }).getByRole("checkbox").count()).toBe(14);
    expect(await page.getByRole("group", { name: "Dla kogo" }).getByRole("checkbox").count()).toBe(12);
    expect(await page.getByLabel(/^wspieranie osób niepełnosprawnych \(\d+\)$/).count()).toBe(1);
    expect(await page.locator(".service-card").count()).toBe(20);
    expect(await page.getByText(/^Strona 1 z \d+$/).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  for (const text of ["opieka wytchnieniowa Łapy", "opieka wytchnieniowa Lapy", "opieka wytchnieniwa Łapy"]) {
    it(`puts the Łapy respite service first for "${text}"`, async () => {
      await search({ text });
      expect(new URL(page.url()).searchParams.get("q")).toBe(text);
      expect(await page.getByLabel(SEARCH_LABEL).inputValue()).toBe(text);
      expect((await resultTitles(page))[0]).toBe(LAPY_RESPITE);
      const first = page.locator(".service-card").first();
      expect(await first.locator(".service-card__meta").textContent()).toMatch(/^usługi wytchnieniowe · /);
      expect(await first.textContent()).toContain("Łapy");
    });
  }

  it("narrows to free services with a checkbox, in a URL that can be shared", async () => {
    await search({ text: "opieka wytchnieniowa Łapy" });
    const all = await resultCount(page);
    await page.getByLabel(FREE_LABEL).check();
    await page.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/bezplatne=tak/);

    const url = new URL(page.url());
    expect(url.searchParams.get("q")).toBe("opieka wytchnieniowa Łapy");
    expect(await page.getByLabel(FREE_LABEL).isChecked()).toBe(true);
    const free = await resultCount(page);
    expect(free).toBeGreaterThan(0);
    expect(free).toBeLessThan(all);
    const titles = await resultTitles(page);
    expect(titles[0]).toBe(LAPY_RESPITE);
    const costs = await page
      .locator(".service-card dt", { hasText: "Koszt" })
      .locator("+ dd")
      .allTextContents();
    expect(costs).toHaveLength(titles.length);
    expect(new Set(costs)).toEqual(new Set(["Bezpłatna"]));

    const shared = await context.newPage();
    await shared.goto(page.url());
    expect(await resultTitles(shared)).toEqual(titles);
    expect(await resultCount(shared)).toBe(free);
    await shared.close();
  });

  it('resolves the place "lapy" to gmina Łapy, says so, and keeps its TERYT code in the URL', async () => {
    await search({ text: "opieka wytchnieniowa", place: "lapy" });
    await page.waitForURL(new RegExp(`obszar=${LAPY_CODE}`));
    const url = new URL(page.url());
    expect(url.searchParams.get("gdzie")).toBe("lapy");
    expect(url.searchParams.get("q")).toBe("opieka wytchnieniowa");
    expect(await page.locator(".place-notice").textContent()).toContain(`Usługi dostępne w: ${LAPY_LABEL}`);
    expect(await page.getByLabel(PLACE_LABEL).inputValue()).toBe("lapy");
    expect((await resultTitles(page))[0]).toBe(LAPY_RESPITE);
    const inLapy = await resultCount(page);

    // The place narrows the search: without it, the same words find respite care all over the region.
    await search({ text: "opieka wytchnieniowa" });
    expect(await resultCount(page)).toBeGreaterThan(inLapy);
    expect(await page.locator(".place-notice").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("offers the namesakes of an ambiguous place as links that switch the unit", async () => {
    await search({ place: "Łomża" });
    await page.waitForURL(/obszar=2062(&|$)/);
    const notice = page.locator(".place-notice");
    expect(await notice.locator("strong").textContent()).toBe("Łomża (miasto na prawach powiatu)");
    const rural = notice.getByRole("link", { name: "gmina wiejska Łomża (powiat łomżyński)" });
    await rural.click();
    await page.waitForURL(/obszar=2007022(&|$)/);
    expect(await notice.locator("strong").textContent()).toBe("gmina wiejska Łomża (powiat łomżyński)");
    expect(await notice.getByRole("link", { name: "Łomża (miasto na prawach powiatu)" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("explains at the field a place it cannot find", async () => {
    await page.goto(`${hub.siteUrl}/uslugi?gdzie=Qwxzrtp`);
    const place = page.getByLabel(PLACE_LABEL);
    expect(await place.getAttribute("aria-invalid")).toBe("true");
    expect(await place.getAttribute("aria-describedby")).toBe("gdzie-hint gdzie-error");
    expect(await page.locator("#gdzie-error").textContent()).toContain("„Qwxzrtp”");
    expect(await page.locator(".error-summary").textContent()).toContain("Nie znaleźliśmy miejsca:");
    expect(await page.locator(".service-card").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows the results on a map: one link per marker, named like its service, without axe violations", async () => {
    await page.goto(`${hub.siteUrl}/uslugi?gdzie=lapy&obszar=${LAPY_CODE}`);
    await page.getByRole("link", { name: "Mapa i lista" }).click();
    await page.waitForURL(/widok=mapa/);
    expect(new URL(page.url()).searchParams.get("obszar")).toBe(LAPY_CODE);

    const map = page.getByRole("group", { name: "Mapa usług" });
    const markers = map.getByRole("link");
    const titles = await resultTitles(page);
    expect(titles).toHaveLength(20);
    expect(await markers.count()).toBe(20);
    expect(await page.locator(".service-map figcaption").textContent()).toBe(
      "Na mapie: 20 usług z tej strony wyników.",
    );
    const cardLinks = await page
      .locator(".service-card h3 a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    for (let index = 0; index < 20; index++) {
      const marker = markers.nth(index);
      const name = (await marker.getAttribute("aria-label")) ?? "";
      expect(name.startsWith(`${index + 1}. ${titles[index]} — `)).toBe(true);
      expect(await marker.getAttribute("href")).toBe(cardLinks[index]);
    }
    // The outline of the województwo from the API; no tiles without MAP_TILE_URL.
    expect(await page.locator(".service-map__outline").first().getAttribute("d")).toMatch(/^M[\d. L]+Z/);
    expect(await page.locator(".service-map image").count()).toBe(0);
    expect(await page.getByRole("link", { name: "Mapa i lista" }).getAttribute("aria-current")).toBe("page");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole("link", { name: "Następna strona" }).click();
    await page.waitForURL(/strona=2/);
    expect(new URL(page.url()).searchParams.get("widok")).toBe("mapa");
    const firstOnPage = await map.getByRole("link").first().getAttribute("aria-label");
    expect(firstOnPage).toMatch(/^21\. /);

    await map.getByRole("link").first().click();
    await page.waitForURL(/\/uslugi\/[^/?]+$/);
  });
});

describe("services search without JavaScript", () => {
  it("searches and resolves a mistyped place with plain requests", async () => {
    const noScript = await session.browser.newContext({ locale: "pl-PL", javaScriptEnabled: false });
    try {
      const tab = await noScript.newPage();
      await tab.goto(`${hub.siteUrl}/uslugi`);
      await tab.getByLabel(SEARCH_LABEL).fill("opieka wytchnieniwa Lapy");
      await tab.getByLabel(PLACE_LABEL).fill("Lapu");
      await tab.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
      await tab.waitForURL(new RegExp(`obszar=${LAPY_CODE}`));
      expect(await tab.locator(".place-notice strong").textContent()).toBe(LAPY_LABEL);
      expect((await resultTitles(tab))[0]).toBe(LAPY_RESPITE);
    } finally {
      await noScript.close();
    }
  });
});
