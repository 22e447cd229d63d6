import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchChromium } from "./browser";
import { startHubProcess, type HubProcess } from "./hub-process";

export interface BrowserSession {
  hub: HubProcess;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** The real hub (as `npm start` runs it) and a Polish-locale Chromium page pointed at nothing yet. */
export async function openHubInBrowser(): Promise<BrowserSession> {
  const hub = await startHubProcess();
  const browser = await launchChromium();
  const context = await browser.newContext({ locale: "pl-PL" });
  const page = await context.newPage();
  return {
    hub,
    browser,
    context,
    page,
    async close() {
      await context.close();
      await browser.close();
      await hub.stop();
    },
  };
}
