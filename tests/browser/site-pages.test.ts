import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubGraphql } from "../support/hub-editor";

const SITE_PAGES = [
  { path: "/o-serwisie", link: "O serwisie", heading: "O serwisie" },
  { path: "/deklaracja-dostepnosci", link: "Deklaracja dostępności", heading: "Deklaracja dostępności" },
  { path: "/kontakt", link: "Kontakt", heading: "Kontakt" },
  { path: "/polityka-prywatnosci", link: "Polityka prywatności", heading: "Polityka prywatności" },
];

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

/** Every `<script type="application/ld+json">` of a page, parsed. */
async function jsonLdOf(path: string): Promise<Record<string, unknown>[]> {
  await page.goto(`${hub.siteUrl}${path}`);
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  return scripts.map((text) => JSON.parse(text) as Record<string, unknown>);
}

describe("pages about the site", () => {
  for (const { path, heading } of SITE_PAGES) {
    it(`${path} renders one h1 and passes axe`, async () => {
      const response = await page.goto(`${hub.siteUrl}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([heading]);
      expect(await page.title()).toBe(`${heading} | Obserwatorium`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it("the accessibility statement has the sections the official template requires", async () => {
    await page.goto(`${hub.siteUrl}/deklaracja-dostepnosci`);
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining([
        "Daty publikacji i aktualizacji",
        "Status pod względem zgodności z ustawą",
        "Przygotowanie deklaracji dostępności",
        "Informacje zwrotne i dane kontaktowe",
        "Procedura wnioskowo-skargowa",
        "Dostępność architektoniczna",
        "Dostępność tłumacza języka migowego",
      ]),
    );
    expect(await page.locator("#a11y-podmiot").textContent()).toBe(
      "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
    );
    expect(await page.locator("#a11y-url").getAttribute("href")).toMatch(/^https?:\/\//);
    expect(
      await page.locator("#a11y-status").locator("xpath=following-sibling::p[1]").textContent(),
    ).toContain("częściowo zgodna");
  });

  it("the footer links reach each page by keyboard", async () => {
    for (const { path, link } of SITE_PAGES) {
      await page.goto(`${hub.siteUrl}/`);
      const footerLink = page.getByRole("navigation", { name: "Informacje o serwisie" }).getByRole("link", {
        name: link,
        exact: true,
      });
      let focused = false;
      for (let presses = 0; presses < 150 && !focused; presses++) {
        await page.keyboard.press("Tab");
        focused = await footerLink.evaluate((element) => element === document.activeElement);
      }
      expect(focused, link).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(`${hub.siteUrl}${path}`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
        SITE_PAGES.find((entry) => entry.path === path)?.heading,
      );
    }
  });
});

describe("sitemap.xml and robots.txt", () => {
  it("lists the sections and the published detail pages, and robots.txt names the sitemap", async () => {
    const { services } = await hubGraphql<{ services: { edges: { node: { slug: string } }[] } }>(
      hub,
      "{ services(first: 1, orderBy: TITLE) { edges { node { slug } } } }",
    );
    const slug = services.edges[0]!.node.slug;

    const sitemap = await fetch(`${hub.siteUrl}/sitemap.xml`);
    expect(sitemap.status).toBe(200);
    const xml = await sitemap.text();
    expect(xml).toMatch(new RegExp(`<loc>https?://[^<]+/uslugi/${encodeURIComponent(slug)}</loc>`));
    expect(xml).toMatch(/<loc>https?:\/\/[^<]+\/deklaracja-dostepnosci<\/loc>/);
    expect(xml).not.toContain("/szukaj");

    const robots = await (await fetch(`${hub.siteUrl}/robots.txt`)).text();
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    expect(robots).toMatch(/^Disallow: \/szukaj\?$/m);
    expect(robots).toMatch(/^Disallow: \/panel$/m);
  });
});

describe("structured data (JSON-LD)", () => {
  it("a service page describes the service, a GovernmentService when a public body provides it", async () => {
    const { services } = await hubGraphql<{
      services: {
        edges: { node: { slug: string; title: string; provider: { legalForm: string } | null } }[];
      };
    }>(
      hub,
      "{ services(first: 1, orderBy: TITLE) { edges { node { slug title provider { legalForm } } } } }",
    );
    const service = services.edges[0]!.node;
    const [data, ...rest] = await jsonLdOf(`/uslugi/${encodeURIComponent(service.slug)}`);
    expect(rest).toEqual([]);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": service.provider?.legalForm === "PUBLIC_BODY" ? "GovernmentService" : "Service",
      name: service.title,
    });
  });

  it("an organization page describes an Organization with its PostalAddress", async () => {
    const { organizations } = await hubGraphql<{
      organizations: { edges: { node: { slug: string; name: string; nip: string | null } }[] };
    }>(hub, "{ organizations(first: 1) { edges { node { slug name nip } } } }");
    const organization = organizations.edges[0]!.node;
    const [data] = await jsonLdOf(`/podmioty/${encodeURIComponent(organization.slug)}`);
    expect(data).toMatchObject({
      "@type": "Organization",
      name: organization.name,
      address: { "@type": "PostalAddress", addressCountry: "PL" },
    });
    if (organization.nip) expect(data?.taxID).toBe(organization.nip);
  });
});
