import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { tabTo } from "../support/keyboard";

// The registry pages translated: UI in the URL's language, the records' own text in Polish, marked
// lang="pl". The hub's demo registry holds the real "Spółdzielnia Socjalna KoFiSport" (Łomża).
const KOFISPORT = "Spółdzielnia Socjalna KoFiSport";
const UK_SEARCH_LABEL = "Назва, NIP, REGON або KRS";
const HEADER_LABEL_UK = "Пошук на сайті";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

/** The `lang` that applies to an element: its own or its nearest ancestor's. */
function langOf(target: Page, selector: string): Promise<(string | null | undefined)[]> {
  return target
    .locator(selector)
    .evaluateAll((elements) => elements.map((element) => element.closest("[lang]")?.getAttribute("lang")));
}

describe("registry under /uk and /en", () => {
  it("serves /uk/podmioty in Ukrainian with the organizations' names marked Polish", async () => {
    const html = await (await fetch(`${hub.siteUrl}/uk/podmioty`)).text();
    expect(html).toContain('<html lang="uk"');
    expect(html).toMatch(/<form class="registry-filters"[^>]*action="\/uk\/podmioty"/);
    expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="[^"]*\/en\/podmioty"/);

    const response = await page.goto(`${hub.siteUrl}/uk/podmioty`);
    expect(response?.status()).toBe(200);
    expect(await page.getByText("Ця сторінка доступна лише польською мовою.").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Суб’єкти соціальної економіки",
    ]);
    expect(await page.title()).toBe("Суб’єкти соціальної економіки — пошук | Obserwatorium");
    expect(await page.locator(".results-count").textContent()).toMatch(
      /^Знайдено \d+ суб’єкт(ів|и|а)? · сторінка 1 з \d+$/,
    );
    expect(await page.getByRole("group", { name: "Правова форма" }).getByRole("checkbox").count()).toBe(11);
    expect(await page.getByLabel("соціальний кооператив").count()).toBe(1);
    expect(await page.locator(".organization-card").count()).toBe(20);
    expect(new Set(await langOf(page, ".organization-card h3"))).toEqual(new Set(["pl"]));
    expect(await page.locator(".organization-card h3 a").first().getAttribute("href")).toMatch(
      /^\/uk\/podmioty\/[^/]+$/,
    );
    expect(await page.getByRole("link", { name: "Наступна сторінка" }).getAttribute("href")).toBe(
      "/uk/podmioty?strona=2",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("filters by keyboard under /uk, keeping the prefix, and announces the count in Ukrainian", async () => {
    await page.goto(`${hub.siteUrl}/uk/podmioty`);
    await page.getByRole("combobox", { name: HEADER_LABEL_UK }).waitFor();
    await page.getByRole("main").getByLabel(UK_SEARCH_LABEL, { exact: true }).focus();
    await page.keyboard.type("kajak");
    await tabTo(page, "Шукати", 120);
    const before = page.url();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.toString() !== before);

    const url = new URL(page.url());
    expect(url.pathname).toBe("/uk/podmioty");
    expect(url.searchParams.get("q")).toBe("kajak");
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.locator(".organization-card h3").allTextContents()).toContain(KOFISPORT);
    await page.waitForFunction(() => document.activeElement?.id === "wyniki-podsumowanie", null, {
      timeout: 10_000,
    });
    const region = page.locator('main [role="status"].visually-hidden').filter({ hasText: /\S/ });
    await region.waitFor({ timeout: 10_000 });
    expect((await region.textContent())?.trim()).toMatch(/^Знайдено \d+ суб’єкт/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows an organization's page under /en in English, its record text marked Polish", async () => {
    await page.goto(`${hub.siteUrl}/en/podmioty?q=kajak`);
    await page.getByRole("link", { name: KOFISPORT, exact: true }).click();
    await page.waitForURL(/\/en\/podmioty\/[^/?]+$/);

    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.allTextContents()).toEqual([KOFISPORT]);
    expect(await langOf(page, "h1")).toEqual(["pl"]);
    expect(await page.title()).toBe(`${KOFISPORT} | Obserwatorium`);
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining([
        "Basic information",
        "Address and contact",
        "Area of activity",
        "Offer",
        "Social enterprise status",
        "Certificates and quality marks",
      ]),
    );
    expect(
      await page
        .getByRole("navigation", { name: "Breadcrumb" })
        .getByRole("link")
        .first()
        .getAttribute("href"),
    ).toBe("/en/podmioty");
    expect(new Set(await langOf(page, ".offerings__name, .certificate__offering-name"))).toEqual(
      new Set(["pl"]),
    );
    expect(
      await page
        .getByText("Spływy kajakowe")
        .first()
        .evaluate((element) => element.closest("[lang]")?.getAttribute("lang")),
    ).toBe("pl");
    const active = page.locator("article.certificate--active").first();
    expect(await active.getByText(/^valid from \d{1,2} \p{L}+ \d{4} to \d{1,2} \p{L}+ \d{4}$/u).count()).toBe(
      1,
    );
    expect(await page.getByText(/^Last verified: .+\(source: .+\)/).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers 404 under /en for an organization that does not exist", async () => {
    const response = await fetch(`${hub.siteUrl}/en/podmioty/nie-ma-takiego`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<html lang="en"');
  });

  it("serves /uk/zakup-prospoleczny in Ukrainian with the holders marked Polish", async () => {
    await page.goto(`${hub.siteUrl}/uk/zakup-prospoleczny`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.getByRole("heading", { level: 2 }).first().textContent()).toBe("Чинні сертифікати");
    const holder = page.locator("article.holder", { has: page.getByRole("link", { name: KOFISPORT }) });
    expect(await holder.count()).toBe(1);
    expect(await holder.getByRole("link").getAttribute("lang")).toBe("pl");
    expect(await holder.getByRole("link").getAttribute("href")).toMatch(/^\/uk\/podmioty\//);
    expect(await holder.getByText(/^Сертифікат № .+, чинний з .+ до .+$/).count()).toBe(1);
    expect(
      await page.getByRole("link", { name: /^Шукати постачальників із сертифікатом/ }).getAttribute("href"),
    ).toBe("/uk/podmioty?certyfikat=ZAKUP_PROSPOLECZNY");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
