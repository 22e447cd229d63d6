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

describe("home page /", () => {
  it("is server-rendered: the powiaty of podlaskie are in the HTML before any script runs", async () => {
    const html = await (await fetch(hub.siteUrl)).text();
    expect(html).toContain('<html lang="pl"');
    expect(html).toContain("Województwo podlaskie");
    expect(html).toContain("Powiat sokólski");
  });

  it("shows podlaskie by default with its 17 powiaty and 118 gminy, without axe violations", async () => {
    await page.goto(hub.siteUrl);
    await expect(
      page.getByRole("heading", { level: 2, name: "Województwo podlaskie" }).count(),
    ).resolves.toBe(1);
    await expect(page.locator("section.county").count()).resolves.toBe(17);
    await expect(page.locator(".county__municipalities > li").count()).resolves.toBe(118);
    expect(await page.getByText("17 powiatów · 118 gmin").count()).toBe(1);
    expect(
      await page.getByRole("navigation", { name: "Główna" }).getByRole("link").allTextContents(),
    ).toEqual([
      "Strona główna",
      "Podmioty ekonomii społecznej",
      "Usługi społeczne",
      "Dokumenty",
      "Dobre praktyki",
      "Dane",
      "Zakup Prospołeczny",
    ]);
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual([
      "Strona główna",
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("switches to another województwo and lists its powiaty", async () => {
    await page.getByLabel("Województwo", { exact: true }).selectOption({ label: "mazowieckie" });
    await page.getByRole("button", { name: "Pokaż powiaty i gminy" }).click();
    await page.waitForURL(/\?woj=14$/);
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
    const response = await page.goto(`${hub.siteUrl}/?woj=99`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1, name: "Nie znaleziono strony" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    // Server-rendered, so it reads the same without JavaScript.
    expect(await (await fetch(`${hub.siteUrl}/?woj=99`)).text()).toContain("Nie znaleziono strony</h1>");
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
