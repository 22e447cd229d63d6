import type { Browser, BrowserContext, Page } from "playwright-core";
import { inject } from "vitest";
import { launchChromium } from "./browser";
import { startHubProcess, type HubProcess } from "./hub-process";

/** What a test may use of a hub it does not own. */
export type HubEndpoints = Pick<HubProcess, "siteUrl" | "apiUrl" | "databaseUrl">;

export interface BrowserSession<THub extends HubEndpoints = HubEndpoints> {
  hub: THub;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * One Chromium per test worker (files of a worker run one after another and share the module
 * graph): launching one per file cost more CPU than many of the tests. Each file gets fresh
 * contexts; Playwright closes the browser when the worker exits.
 */
async function sharedBrowser(): Promise<Browser> {
  const running = await workerBrowser;
  if (running?.isConnected()) return running;
  workerBrowser = launchChromium();
  return workerBrowser;
}

async function openBrowser<THub extends HubEndpoints>(hub: THub, stopHub: () => Promise<unknown>) {
  const browser = await sharedBrowser();
  const context = await browser.newContext({ locale: "pl-PL" });
  const page = await context.newPage();
  return {
    hub,
    browser,
    context,
    page,
    async close() {
      // The file's own contexts too (no-JavaScript, a second device…), so none outlives it.
      await Promise.all(browser.contexts().map((opened) => opened.close()));
      await stopHub();
    },
  };
}

/** The browser project's shared hub (tests/support/global-hub.ts) and a Polish-locale Chromium page. */
export async function openHubInBrowser(): Promise<BrowserSession> {
  const shared = inject("sharedHub");
  const hub: HubEndpoints = { ...shared, databaseUrl: () => shared.databaseUrl };
  return openBrowser(hub, async () => {});
}

/** A hub of the test's own, for tests that stop it, and a Polish-locale Chromium page. */
export async function openOwnHubInBrowser(): Promise<BrowserSession<HubProcess>> {
  const hub = await startHubProcess();
  return openBrowser(hub, () => hub.stop());
}
