import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openOwnHubInBrowser, type BrowserSession } from "../support/browser-session";
import type { HubProcess } from "../support/hub-process";
import { measure, report, row } from "./latency";

/** The budget: first-load JavaScript of /uslugi and the server time of a filtered catalogue. */
const JS_BUDGET_KB = 150;
const RESPONSE_BUDGET_MS = 150;
/** A catalogue page with filters as shared and bookmarked: the place with its TERYT code. */
const FILTERED_CATALOGUE = "/uslugi?gdzie=%C5%81apy&obszar=2002063&kategoria=SOCIAL_ASSISTANCE&bezplatne=tak";
/** The same search as the form sends it, before the page redirects to the URL with the code. */
const SUBMITTED_CATALOGUE = "/uslugi?gdzie=%C5%81apy&kategoria=SOCIAL_ASSISTANCE&bezplatne=tak";
const REQUESTS = 30;

let session: BrowserSession<HubProcess>;

beforeAll(async () => {
  session = await openOwnHubInBrowser();
});
afterAll(() => session?.close());

/** Gzipped bytes of every script the page loads before it settles. */
async function firstLoadScriptBytes(page: Page, url: string): Promise<number> {
  const bodies: Promise<number>[] = [];
  const onResponse = (response: import("playwright-core").Response) => {
    if (response.request().resourceType() === "script") {
      bodies.push(response.body().then((body) => gzipSync(body).length));
    }
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "networkidle" });
  page.off("response", onResponse);
  return (await Promise.all(bodies)).reduce((sum, bytes) => sum + bytes, 0);
}

/** Largest contentful paint of a cold load with the CPU slowed 4× (an old phone). */
async function throttledLcp(url: string): Promise<number> {
  const context = await session.browser.newContext({ locale: "pl-PL" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(url, { waitUntil: "load" });
  const lcp = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries[entries.length - 1]!.startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
  await context.close();
  return Math.round(lcp);
}

it("web: first-load JavaScript, server response times and throttled LCP", async () => {
  const { hub, page } = session;
  const servicePath = await (async () => {
    await page.goto(`${hub.siteUrl}/uslugi`);
    return page.locator("main a[href^='/uslugi/']").first().getAttribute("href");
  })();
  expect(servicePath).toMatch(/^\/uslugi\/.+/);
  const fetchPage = async (path: string) => {
    const response = await fetch(`${hub.siteUrl}${path}`);
    expect(response.status).toBe(200);
    await response.text();
  };
  const paths = {
    catalogue: FILTERED_CATALOGUE,
    submitted: SUBMITTED_CATALOGUE,
    service: servicePath!,
    home: "/",
  };
  for (const path of Object.values(paths)) await measure(Array(5).fill(path), fetchPage); // warm-up
  const times = {
    catalogue: await measure(Array(REQUESTS).fill(paths.catalogue), fetchPage),
    submitted: await measure(Array(REQUESTS).fill(paths.submitted), fetchPage),
    service: await measure(Array(REQUESTS).fill(paths.service), fetchPage),
    home: await measure(Array(REQUESTS).fill(paths.home), fetchPage),
  };
  // Autocomplete against a separate hub process, as a browser would call it.
  const suggest = async (prefix: string) => {
    const response = await fetch(hub.apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "query ($p: String!) { suggest(prefix: $p) { label } }",
        variables: { p: prefix },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  };
  const trivial = async () => {
    const response = await fetch(hub.apiUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    await response.json();
  };
  await measure(Array(20).fill(0), trivial);
  const trivialTimes = await measure(Array(50).fill(0), trivial);
  const prefixes = ["so", "sok", "soko", "op", "opi", "spo", "spół", "ła", "łap", "fun", "fund", "su", "suw"];
  await measure(prefixes, suggest);
  const suggestTimes = await measure([...prefixes, ...prefixes, ...prefixes, ...prefixes], suggest);
  const unmatchedTimes = await measure(Array(30).fill("qxqx"), suggest);
  const scriptKb = Math.round((await firstLoadScriptBytes(page, `${hub.siteUrl}/uslugi`)) / 102.4) / 10;
  const lcp = {
    home: await throttledLcp(`${hub.siteUrl}/`),
    catalogue: await throttledLcp(`${hub.siteUrl}${FILTERED_CATALOGUE}`),
    service: await throttledLcp(`${hub.siteUrl}${paths.service}`),
  };
  const verdict = (ok: boolean) => (ok ? "within budget" : "OVER BUDGET");
  report("Web performance budget", [
    `The hub as \`npm start\` runs it (production build of the site, demo data); times in ms.`,
    "",
    `- First-load JavaScript of \`/uslugi\`, gzipped: **${scriptKb} kB** (budget ${JS_BUDGET_KB} kB, ${verdict(scriptKb <= JS_BUDGET_KB)}).`,
    `- Server response of the filtered catalogue \`${decodeURIComponent(FILTERED_CATALOGUE)}\`: median **${times.catalogue.medianMs} ms** (budget ${RESPONSE_BUDGET_MS} ms, ${verdict(times.catalogue.medianMs <= RESPONSE_BUDGET_MS)}).`,
    `- Largest contentful paint, headless Chromium, CPU slowed 4×, cold: home ${lcp.home} ms, filtered catalogue ${lcp.catalogue} ms, service page ${lcp.service} ms.`,
    "",
    "| Server response (whole HTML) | n | median | p95 | p99 |",
    "| --- | --- | --- | --- | --- |",
    row("`/uslugi` with place, category and free-only", times.catalogue),
    row(
      "the same search as the form submits it (redirect to the URL with the code, both responses)",
      times.submitted,
    ),
    row("a service page", times.service),
    row("home page", times.home),
    "",
    "| GraphQL `suggest` from outside the hub process | n | median | p95 | p99 |",
    "| --- | --- | --- | --- | --- |",
    row("prefixes of 2–4 letters (target: median under 20 ms)", suggestTimes),
    row("a prefix nothing matches (engine and HTTP only)", unmatchedTimes),
    row("`{ __typename }` (the HTTP and GraphQL floor)", trivialTimes),
  ]);
});
