import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

// The documents pages under /en and /uk: the UI in the reader's language, the records (the demo
// documents the hub loads, each with a PDF whose text was read) in Polish, marked lang="pl".

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

const closestLang = (element: Element) => element.closest("[lang]")?.getAttribute("lang");

describe("documents pages in English and Ukrainian", () => {
  it("serves /uk/dokumenty in Ukrainian with the documents' titles marked Polish", async () => {
    const html = await (await fetch(`${hub.siteUrl}/uk/dokumenty`)).text();
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain('action="/uk/dokumenty"');
    expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="[^"]*\/en\/dokumenty"/);

    await page.goto(`${hub.siteUrl}/uk/dokumenty`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.locator(".polish-only-notice").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Документи"]);
    expect(await page.locator(".results-count").textContent()).toMatch(
      /^Знайдено \d+ (документ|документи|документів)( · сторінка 1 з \d+)?$/,
    );
    expect(await page.getByRole("group", { name: "Вид документа" }).getByRole("checkbox").count()).toBe(12);
    expect(await page.getByLabel("Локальний план деінституціалізації", { exact: false }).count()).toBe(1);
    const card = page.locator(".document-card").first();
    expect(await card.locator("dt").first().textContent()).toBe("Стосується");
    const title = card.locator("h3");
    expect(await title.evaluate(closestLang)).toBe("pl");
    expect(await title.locator("a").getAttribute("href")).toMatch(/^\/uk\/dokumenty\/[^/]+$/);
    expect(
      await page.getByRole("link", { name: /^Локальні плани деінституціалізації/ }).getAttribute("href"),
    ).toBe("/uk/dokumenty/lpdi");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("keeps the /en prefix through a search, hits linking to pages of the text", async () => {
    await page.goto(`${hub.siteUrl}/en/dokumenty`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator(".polish-only-notice").count()).toBe(0);
    await page.getByLabel("Search in the documents' text").fill("deinstytucjonalizacji");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/en\/dokumenty\?q=deinstytucjonalizacji/);
    expect(await page.locator(".results-count").textContent()).toMatch(/^Found \d+ documents?/);
    const card = page.locator(".document-card").first();
    expect(await card.locator(".document-hits__label").textContent()).toBe("Found in the text:");
    const hit = card.locator(".document-hits a").first();
    expect(await hit.textContent()).toMatch(/^page \d+$/);
    expect(await hit.getAttribute("href")).toMatch(/^\/en\/dokumenty\/[^/#]+#(plik-\d+-)?strona-\d+$/);
    expect(await card.locator(".document-hits__snippet").first().evaluate(closestLang)).toBe("pl");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Search in the documents' text").fill("zzzzqqqq");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/en\/dokumenty\?q=zzzzqqqq/);
    expect(await page.locator(".results-count").textContent()).toBe("Found 0 documents");
    expect(await page.locator(".empty-state strong").textContent()).toBe(
      "We found no documents that meet all the chosen conditions.",
    );
  });

  it("shows a document under /en: English headings, Polish text, JSON-LD; a 404 under /en", async () => {
    await page.goto(`${hub.siteUrl}/en/dokumenty`);
    const link = page.locator(".document-card h3 a").first();
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    await page.waitForURL(`${hub.siteUrl}${href}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).getAttribute("lang")).toBe("pl");
    const sections = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(sections).toEqual(expect.arrayContaining(["About the document", "Files", "Text of the document"]));
    expect(await page.locator(".document-page h3").first().textContent()).toBe("Page 1");
    expect(await page.locator(".document-page p").first().getAttribute("lang")).toBe("pl");
    expect(
      await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").getAttribute("href"),
    ).toBe("/en/dokumenty");
    expect(await page.locator(".document-file").textContent()).toMatch(/\(PDF, [\d.]+ k?B, \d+ pages?\)/);
    expect(await page.getByRole("link", { name: /^Download file / }).getAttribute("href")).toMatch(
      /^\/dokumenty\/pliki\/[0-9a-f-]{36}\?pobierz=1$/,
    );
    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );
    const described = jsonLd.find((data) => data["@type"] === "DigitalDocument");
    expect(described?.inLanguage).toBe("pl");
    expect(described?.url).toMatch(new RegExp(`${href.slice(3)}$`));
    const html = await (await fetch(`${hub.siteUrl}${href}`)).text();
    expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="uk" href="[^"]*/uk${href.slice(3)}"`));
    expect(await accessibilityViolations(page)).toEqual([]);

    const unknownId = Buffer.from("Document:00000000-0000-4000-8000-000000000000").toString("base64url");
    const missing = await fetch(`${hub.siteUrl}/en/dokumenty/${unknownId}`);
    expect(missing.status).toBe(404);
    const body = await missing.text();
    expect(body).toContain('<html lang="en"');
    expect(body).toContain("Page not found</h1>");
  });

  it("shows /uk/dokumenty/lpdi in Ukrainian, the JST named in Polish", async () => {
    await page.goto(`${hub.siteUrl}/uk/dokumenty/lpdi`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.locator(".polish-only-notice").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Локальні плани деінституціалізації (LPDI)",
    );
    expect(await page.locator(".lpdi-share__figure").textContent()).toMatch(
      /^\d+% — \d+ з 132 JST мають ухвалений або чинний план\.$/,
    );
    const meter = page.getByRole("meter", { name: /JST з ухваленим планом/ });
    expect(await meter.getAttribute("aria-valuetext")).toMatch(/^\d+%, мета 50%$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Показати для").selectOption({ label: "powiat białostocki" });
    await page.getByRole("button", { name: "Показати" }).click();
    await page.waitForURL(`${hub.siteUrl}/uk/dokumenty/lpdi?obszar=2002`);
    const heading = page.locator("#udzial");
    expect(await heading.textContent()).toBe("JST з ухваленим планом — powiat białostocki");
    expect(await heading.locator("[lang]").getAttribute("lang")).toBe("pl");
    const statuses = new Set(await page.locator(".lpdi-status").allTextContents());
    expect(
      [...statuses].every((status) =>
        [": план чинний", ": план ухвалено, ще не чинний", ": план готується", ": плану немає"].includes(
          status,
        ),
      ),
    ).toBe(true);
    expect(await page.locator(".lpdi-entry__name").first().getAttribute("lang")).toBe("pl");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
