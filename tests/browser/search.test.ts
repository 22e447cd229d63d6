import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

const HEADER_LABEL = "Szukaj w serwisie";
const LAPY_RESPITE = "Usługi wytchnieniowe dla opiekunów w gminie Łapy";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

function hitTitles(target: Page): Promise<string[]> {
  return target.locator(".search-hit h3 a").allTextContents();
}

function headerBox(target: Page) {
  return target.getByRole("banner").getByLabel(HEADER_LABEL);
}

describe("site search /szukaj", () => {
  it("is a GET form in the header of every page, server-rendered", async () => {
    const html = await (await fetch(`${hub.siteUrl}/uslugi`)).text();
    const form = html.match(/<form class="site-search"[^>]*>/)?.[0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/szukaj"');
    expect(html).toContain(HEADER_LABEL);
  });

  it("finds the Łapy respite service first from the header box, and filters to documents", async () => {
    await page.goto(`${hub.siteUrl}/dokumenty`);
    await headerBox(page).fill("opieka wytchnieniowa lapy");
    await page.getByRole("banner").getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/\/szukaj\?q=opieka\+wytchnieniowa\+lapy$/);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Wyniki wyszukiwania"]);
    expect((await hitTitles(page))[0]).toBe(LAPY_RESPITE);
    const first = page.locator(".search-hit").first();
    expect(await first.locator(".search-hit__type").textContent()).toBe("Usługa");
    expect(await first.getByRole("link").getAttribute("href")).toMatch(/^\/uslugi\/[^/]+$/);
    expect(await page.locator(".results-count").textContent()).toMatch(/^Znaleziono \d+ wynik(i|ów)?/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page
      .getByRole("main")
      .getByLabel(/^Dokumenty/)
      .check();
    await page.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/typ=dokumenty/);
    const types = await page.locator(".search-hit__type").allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((type) => type.startsWith("Dokument"))).toBe(true);
    const links = await page
      .locator(".search-hit h3 a")
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute("href")));
    expect(links.every((href) => /^\/dokumenty\/[^/#]+#(plik-\d+-)?strona-\d+$/.test(href ?? ""))).toBe(true);
    expect(
      await page
        .getByRole("main")
        .getByLabel(/^Dokumenty/)
        .isChecked(),
    ).toBe(true);
  });

  it("narrows by place and by facets with counts, keeping every choice in a shareable URL", async () => {
    await page.goto(`${hub.siteUrl}/szukaj?q=opieka+wytchnieniowa&gdzie=lapy&typ=uslugi`);
    // Located in Łapy, so before the powiat's services that also serve Łapy.
    expect((await hitTitles(page))[0]).toBe(LAPY_RESPITE);
    const main = page.getByRole("main");
    expect(await main.getByLabel("Gmina lub powiat").inputValue()).toBe("lapy");
    const before = await page.locator(".results-count").textContent();
    const carers = main.getByRole("group", { name: "Dla kogo" }).getByLabel(/^opiekunowie/);
    const carersLabel = (await page.locator('label[for="grupa-CARERS"]').textContent()) ?? "";
    const facetCount = Number(/\((\d+)\)$/.exec(carersLabel)?.[1]);
    expect(facetCount).toBeGreaterThan(0);
    await carers.check();
    await main.getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/grupa=/);
    expect(page.url()).toContain("obszar=2002063");
    expect(await page.locator(".results-count").textContent()).not.toBe(before);
    expect(await page.locator(".results-count").textContent()).toMatch(
      new RegExp(`^Znaleziono ${facetCount} `),
    );
    expect(
      await main
        .getByRole("group", { name: "Dla kogo" })
        .getByLabel(/^opiekunowie/)
        .isChecked(),
    ).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("says at the field when the place names nothing in the region", async () => {
    await page.goto(`${hub.siteUrl}/szukaj?q=opieka&gdzie=Zakopane`);
    const field = page.getByRole("main").getByLabel("Gmina lub powiat");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#gdzie-error").textContent()).toContain("„Zakopane”");
    expect(await page.locator(".search-hit").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("offers 'did you mean' names when a word matches nothing", async () => {
    await page.goto(`${hub.siteUrl}/szukaj?q=supr+qqqzzzxx`);
    expect(await page.getByText("Znaleziono 0 wyników").count()).toBe(1);
    const suggestions = page.locator(".search-did-you-mean a");
    expect(await suggestions.allTextContents()).toContain("Supraśl");
    await suggestions.filter({ hasText: "Supraśl" }).first().click();
    await page.waitForURL(/q=Supra%C5%9Bl/);
    expect(await page.locator(".search-hit").count()).toBeGreaterThan(0);
  });

  it("suggests what to try when nothing matches", async () => {
    await page.goto(`${hub.siteUrl}/szukaj?q=xqzwxqzw`);
    expect(await page.getByText("Znaleziono 0 wyników").count()).toBe(1);
    expect(await page.getByText("Co możesz zrobić:").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("offers completions in the header box: arrow down and Enter open the chosen one", async () => {
    await page.goto(hub.siteUrl);
    const box = page.getByRole("combobox", { name: HEADER_LABEL });
    await box.pressSequentially("Bial", { delay: 50 });
    const listbox = page.getByRole("listbox", { name: "Podpowiedzi" });
    await listbox.waitFor({ state: "visible" });
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    const labels = await listbox.getByRole("option").allTextContents();
    expect(labels.some((label) => label.startsWith("Białystok"))).toBe(true);
    expect(await page.locator(".site-search [aria-live]").textContent()).toMatch(/podpowied/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await box.press("ArrowDown");
    const firstOption = listbox.getByRole("option").first();
    expect(await firstOption.getAttribute("aria-selected")).toBe("true");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await firstOption.getAttribute("id"));
    const before = page.url();
    await box.press("Enter");
    await page.waitForURL((url) => url.toString() !== before);
    expect(page.url()).not.toBe(before);

    await page.goto(hub.siteUrl);
    await page.getByRole("combobox", { name: HEADER_LABEL }).pressSequentially("Bial", { delay: 50 });
    await listbox.waitFor({ state: "visible" });
    await page.getByRole("combobox", { name: HEADER_LABEL }).press("Escape");
    await listbox.waitFor({ state: "hidden" });
  });

  it("works without JavaScript: the header box is a plain form", async () => {
    const noScript = await session.browser.newContext({ locale: "pl-PL", javaScriptEnabled: false });
    try {
      const tab = await noScript.newPage();
      await tab.goto(hub.siteUrl);
      expect(await tab.getByRole("combobox", { name: HEADER_LABEL }).count()).toBe(0);
      expect(await tab.getByRole("searchbox", { name: HEADER_LABEL }).count()).toBe(1);
      await headerBox(tab).fill("opieka wytchnieniowa lapy");
      await tab.getByRole("banner").getByRole("button", { name: "Szukaj" }).click();
      await tab.waitForURL(/\/szukaj\?q=/);
      expect((await hitTitles(tab))[0]).toBe(LAPY_RESPITE);
    } finally {
      await noScript.close();
    }
  });
});
