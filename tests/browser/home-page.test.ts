import { isPortFree } from "@obserwatorium/server/infra";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openOwnHubInBrowser, type BrowserSession } from "../support/browser-session";
import type { HubProcess } from "../support/hub-process";

let session: BrowserSession<HubProcess>;
let hub: HubProcess;
let page: Page;

beforeAll(async () => {
  // Its own hub: the last test stops it with a signal.
  session = await openOwnHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

const HOME_SEARCH = "Czego szukasz?";

describe("home page /", () => {
  it("is server-rendered: the search form, the three doors and the latest lists are in the HTML", async () => {
    const html = await (await fetch(hub.siteUrl)).text();
    expect(html).toContain('<html lang="pl"');
    expect(html).toContain("<title>Obserwatorium polityki społecznej województwa podlaskiego</title>");
    const form = html.match(/<form class="home-search"[^>]*>/)?.[0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/szukaj"');
    expect(html).toContain(HOME_SEARCH);
    for (const heading of [
      "Znajdź usługę",
      "Znajdź dostawcę — zakupy prospołeczne",
      "Wiedza: dobre praktyki, dokumenty, dane",
      "Najnowsze certyfikaty „Zakup Prospołeczny”",
      "Najnowsze dokumenty",
    ]) {
      expect(html).toContain(`>${heading}</h2>`);
    }
  });

  it("shows one search box, three entry points with live counts and the latest lists, without axe violations", async () => {
    await page.goto(hub.siteUrl);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Obserwatorium polityki społecznej",
    ]);
    expect(await page.getByRole("search", { name: HOME_SEARCH }).count()).toBe(1);
    expect(await page.getByRole("searchbox", { name: HOME_SEARCH }).count()).toBe(1);

    const services = page.getByRole("region", { name: "Znajdź usługę" });
    expect(await services.getByRole("link").allTextContents()).toEqual([
      "Szukam pomocy dla osoby starszej",
      "Szukam pomocy dla osoby z niepełnosprawnością",
      "Szukam pomocy dla rodziny w kryzysie",
      "Wszystkie usługi społeczne",
    ]);
    expect(await services.locator(".entry-point__count").textContent()).toMatch(
      /^W katalogu: [1-9][\d\s]* usług/,
    );
    const suppliers = page.getByRole("region", { name: "Znajdź dostawcę — zakupy prospołeczne" });
    expect(
      await suppliers
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
    ).toEqual(["/zakupy-prospoleczne", "/podmioty", "/zakup-prospoleczny"]);
    expect(await suppliers.locator(".entry-point__count").textContent()).toMatch(
      /^W rejestrze: [1-9][\d\s]* podmiot/,
    );
    const knowledge = page.getByRole("region", { name: "Wiedza: dobre praktyki, dokumenty, dane" });
    expect(
      await knowledge
        .getByRole("link")
        .evaluateAll((links) => links.map((link) => link.getAttribute("href"))),
    ).toEqual(["/dobre-praktyki", "/dokumenty", "/dane"]);
    expect(await knowledge.locator(".entry-point__count").textContent()).toMatch(
      /^[1-9][\d\s]* dobr\S+ prakty\S+ · [1-9][\d\s]* dokument/,
    );

    const certificates = page.getByRole("region", { name: "Najnowsze certyfikaty „Zakup Prospołeczny”" });
    expect(await certificates.locator(".latest-list > li").count()).toBe(5);
    expect(await certificates.locator(".latest-list a").first().getAttribute("href")).toMatch(
      /^\/podmioty\//,
    );
    const documents = page.getByRole("region", { name: "Najnowsze dokumenty" });
    expect(await documents.locator(".latest-list > li").count()).toBe(5);
    expect(await documents.locator(".latest-list a").first().getAttribute("href")).toMatch(/^\/dokumenty\//);
    expect(await page.getByRole("link", { name: /^Gminy i powiaty województwa/ }).getAttribute("href")).toBe(
      "/gminy",
    );

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
      "Strona główna",
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("searches the whole hub from its own box", async () => {
    await page.goto(hub.siteUrl);
    await page.getByRole("searchbox", { name: HOME_SEARCH }).fill("opieka wytchnieniowa lapy");
    await page.getByRole("search", { name: HOME_SEARCH }).getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/\/szukaj\?q=opieka\+wytchnieniowa\+lapy$/);
    expect(await page.locator(".search-hit").count()).toBeGreaterThan(0);
  });

  it("sends old links to the list of powiaty and gminy (/?woj=…) on to /gminy", async () => {
    const response = await fetch(`${hub.siteUrl}/?woj=14`, { redirect: "manual" });
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get("location") ?? "", hub.siteUrl).pathname).toBe("/gminy");
    expect(response.headers.get("location")).toContain("woj=14");
  });
});

describe("powiaty and gminy /gminy", () => {
  it("is server-rendered: the powiaty of podlaskie are in the HTML before any script runs", async () => {
    const html = await (await fetch(`${hub.siteUrl}/gminy`)).text();
    expect(html).toContain("<title>Województwo podlaskie — powiaty i gminy | Obserwatorium</title>");
    expect(html).toContain("Województwo podlaskie");
    expect(html).toContain("Powiat sokólski");
  });

  it("shows podlaskie by default with its 17 powiaty and 118 gminy, without axe violations", async () => {
    await page.goto(`${hub.siteUrl}/gminy`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Gminy i powiaty"]);
    await expect(
      page.getByRole("heading", { level: 2, name: "Województwo podlaskie" }).count(),
    ).resolves.toBe(1);
    await expect(page.locator("section.county").count()).resolves.toBe(17);
    await expect(page.locator(".county__municipalities > li").count()).resolves.toBe(118);
    expect(await page.getByText("17 powiatów · 118 gmin").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("switches to another województwo and lists its powiaty", async () => {
    await page.getByLabel("Województwo", { exact: true }).selectOption({ label: "mazowieckie" });
    await page.getByRole("button", { name: "Pokaż powiaty i gminy" }).click();
    await page.waitForURL(/\/gminy\?woj=14$/);
    expect(await page.getByRole("heading", { level: 2, name: "Województwo mazowieckie" }).count()).toBe(1);
    expect(await page.locator("section.county").count()).toBe(42);
    expect(await page.getByRole("heading", { level: 3, name: "Powiat warszawski zachodni" }).count()).toBe(1);
    expect(
      await page.getByRole("heading", { level: 3, name: "Warszawa — miasto na prawach powiatu" }).count(),
    ).toBe(1);
    expect(await page.getByLabel("Województwo", { exact: true }).inputValue()).toBe("14");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers 404 with an accessible page for a województwo that does not exist", async () => {
    const response = await page.goto(`${hub.siteUrl}/gminy?woj=99`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1, name: "Nie znaleziono strony" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Server-rendered, so it reads the same without JavaScript.
    expect(await (await fetch(`${hub.siteUrl}/gminy?woj=99`)).text()).toContain("Nie znaleziono strony</h1>");
  });
});

describe("stopping the hub", () => {
  it("Ctrl-C (SIGINT) stops the API, the site, PostgreSQL and Meilisearch, leaving no process behind", async () => {
    const exitCode = await hub.stop("SIGINT");
    expect(exitCode).toBe(0);
    expect(hub.output()).toContain("SIGINT received, stopping");
    expect(hub.output()).not.toMatch(/Unhandled|Emitted .error. event/);
    const free = await Promise.all(hub.ports.map((port) => isPortFree(port)));
    expect(free).toEqual([true, true, true, true]);
  });
});
