import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

// The knowledge pages under /en and /uk: the UI in the reader's language, the records (the demo
// good practices the hub loads) in Polish, marked lang="pl".

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

const closestLang = (element: Element) => element.closest("[lang]")?.getAttribute("lang");

describe("knowledge pages in English and Ukrainian", () => {
  it("serves /uk/dobre-praktyki in Ukrainian with the practices' titles marked Polish", async () => {
    const html = await (await fetch(`${hub.siteUrl}/uk/dobre-praktyki`)).text();
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain('action="/uk/dobre-praktyki"');
    expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="[^"]*\/en\/dobre-praktyki"/);

    await page.goto(`${hub.siteUrl}/uk/dobre-praktyki`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Добрі практики"]);
    expect(await page.locator(".results-count").textContent()).toMatch(
      /^Знайдено \d+ (добру практику|добрі практики|добрих практик|доброї практики)( · сторінка 1 з \d+)?$/,
    );
    expect(
      await page.getByRole("group", { name: "Сфера соціальних послуг" }).getByRole("checkbox").count(),
    ).toBe(14);
    const card = page.locator(".good-practice-card").first();
    expect(await card.locator("dt").allTextContents()).toEqual(["Де", "Коли", "Теми"]);
    const title = card.locator("h3");
    expect(await title.evaluate(closestLang)).toBe("pl");
    expect(await title.locator("a").getAttribute("href")).toMatch(/^\/uk\/dobre-praktyki\/[^/]+$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("keeps the /en prefix through a search and words an empty result in English", async () => {
    await page.goto(`${hub.siteUrl}/en/dobre-praktyki`);
    await page.getByLabel("What are you looking for?").fill("zzzzqqqq");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/en\/dobre-praktyki\?q=zzzzqqqq/);
    expect(await page.locator(".results-count").textContent()).toBe("Found 0 good practices");
    expect(await page.locator(".empty-state strong").textContent()).toBe(
      "We found no good practices that meet all the chosen conditions.",
    );
  });

  it("shows a practice under /en: English headings, Polish record text, 404 under /en", async () => {
    await page.goto(`${hub.siteUrl}/en/dobre-praktyki`);
    const link = page.locator(".good-practice-card h3 a").first();
    const href = await link.getAttribute("href");
    await link.click();
    await page.waitForURL(`${hub.siteUrl}${href}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.getAttribute("lang")).toBe("pl");
    const sections = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(sections).toContain("At a glance");
    expect(await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").textContent()).toBe(
      "Good practices",
    );
    expect(await page.locator(".good-practice__body").getAttribute("lang")).toBe("pl");
    expect(await accessibilityViolations(page)).toEqual([]);

    const missing = await fetch(`${hub.siteUrl}/en/dobre-praktyki/nie-ma-takiej-praktyki`);
    expect(missing.status).toBe(404);
    // The proxy answers the status with the site's 404 page, in the URL's language.
    expect(await missing.text()).toContain('<html lang="en"');
  });
});
