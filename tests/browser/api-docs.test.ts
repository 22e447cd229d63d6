import type { Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

/** The live answer an example block shows, parsed. */
async function exampleResult(id: string): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  return JSON.parse((await page.getByTestId(`result-${id}`).textContent()) ?? "null") as {
    data?: Record<string, unknown>;
  };
}

describe("the API at the site's address", () => {
  it("forwards queries to the API with its status, limits and cost", async () => {
    const ok = await fetch(`${hub.siteUrl}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ territorialUnit(code: "20") { name } }' }),
    });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { data: unknown; extensions: { cost: { maximum: number } } };
    expect(body.data).toEqual({ territorialUnit: { name: "podlaskie" } });
    expect(body.extensions.cost.maximum).toBeGreaterThan(0);

    const refused = await fetch(
      `${hub.siteUrl}/graphql?query=${encodeURIComponent("{ services(first: 101) { totalCount } }")}`,
      {
        headers: { "apollo-require-preflight": "true" },
      },
    );
    expect(refused.status).toBe(400);
    const refusal = (await refused.json()) as { errors: { extensions: { code: string; field?: string } }[] };
    expect(refusal.errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "first" });
  });

  it("serves the open-data catalogue at the site's address, with links to it", async () => {
    const catalogue = await fetch(`${hub.siteUrl}/open-data/catalog.jsonld`);
    expect(catalogue.status).toBe(200);
    const text = await catalogue.text();
    expect(text).toContain(`${hub.siteUrl}/open-data/`);
    expect(text).not.toContain(new URL(hub.apiUrl).host);
  });
});

describe("/api", () => {
  it("documents the API with live examples for the three user groups and passes axe", async () => {
    const response = await page.goto(`${hub.siteUrl}/api`);
    expect(response?.status()).toBe(200);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["API dla partnerów"]);
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining([
        "Adres i protokół",
        "Uwierzytelnianie",
        "Stronicowanie",
        "Limity",
        "Błędy",
        "Przykłady",
        "Zmiany w API",
      ]),
    );
    expect(await page.getByTestId("api-endpoint").textContent()).toMatch(/^https?:\/\/[^/]+\/graphql$/);

    const official = await exampleResult("official");
    expect(official.errors).toBeUndefined();
    expect(official.data).toHaveProperty("certified.totalCount");
    const resident = (await exampleResult("resident")) as { data: { services: { edges: unknown[] } } };
    expect(resident.data.services.edges.length).toBeGreaterThan(0);
    const changes = await exampleResult("changes");
    expect(changes.data).toHaveProperty("changes.nextCursor");
    const node = (await exampleResult("node")) as { data: { node: { id: string } } };
    expect(node.data.node.id).toBeTruthy();

    await expect(
      page.getByRole("contentinfo").getByRole("link", { name: "API dla partnerów" }).count(),
    ).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows the changelog from packages/schema/CHANGELOG.md and passes axe", async () => {
    await page.goto(`${hub.siteUrl}/api/zmiany`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Historia zmian API"]);
    expect(await page.getByRole("heading", { level: 2, name: "[Unreleased]" }).count()).toBe(1);
    expect(await page.getByRole("heading", { level: 3, name: "Breaking" }).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("is translated: /en/api in English with hreflang links to every language", async () => {
    await page.goto(`${hub.siteUrl}/en/api`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["API for partners"]);
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("hreflang")));
    expect(hreflangs).toEqual(expect.arrayContaining(["pl", "en", "uk", "x-default"]));
  });
});

describe("/api/konsola", () => {
  it("loads GraphiQL from the hub only, runs the preloaded query and passes axe", async () => {
    const requests: string[] = [];
    const record = (request: Request) => requests.push(request.url());
    page.on("request", record);
    try {
      // GraphiQL asks the API for its schema (introspection) first, through the site.
      const introspection = page.waitForResponse(`${hub.siteUrl}/graphql`);
      await page.goto(`${hub.siteUrl}/api/konsola`);
      expect((await introspection).status()).toBe(200);
      await expect
        .poll(() => page.locator(".graphiql-query-editor").textContent(), { timeout: 15_000 })
        .toContain("query ServicesInGmina");
      await page.getByRole("button", { name: /Execute query/ }).click();
      await expect
        .poll(() => page.locator(".graphiql-response").textContent(), { timeout: 15_000 })
        .toContain('"services"');
      expect(await page.locator(".graphiql-response").textContent()).toContain('"title"');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      page.off("request", record);
    }
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(hub.siteUrl).origin]);
  });
});
