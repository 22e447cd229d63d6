import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

// The indicators (/dane) and the territorial units (/gminy, /gminy/[code]) under /en and /uk: the
// UI in the reader's language, numbers written its way, the records (indicator names and units, the
// demo series the hub loads, the names of places) in Polish, marked lang="pl".

const RATE_INDICATOR = "Liczba podmiotów ekonomii społecznej na 10 tys. mieszkańców";
const RATE_CODE = "WPRES_PES_NA_10K";
const LAPY = "2002063";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

const closestLang = (element: Element) => element.closest("[lang]")?.getAttribute("lang");

describe("indicators in English and Ukrainian", () => {
  it("serves /en/dane in English: translated table, chart and map words, Polish records, English numbers", async () => {
    const html = await (await fetch(`${hub.siteUrl}/en/dane?wskaznik=${RATE_CODE}`)).text();
    expect(html).toContain('<html lang="en"');
    expect(html.match(/<form class="indicator-form"[^>]*>/)?.[0]).toContain('action="/en/dane"');
    expect(html).toMatch(/<link rel="alternate" hrefLang="uk" href="[^"]*\/uk\/dane"/);
    expect(html).toMatch(/"@type":"Dataset"[\s\S]*"url":"[^"]*\/en\/dane\?wskaznik=WPRES_PES_NA_10K/);

    await page.goto(`${hub.siteUrl}/en/dane?wskaznik=${RATE_CODE}&powiat=2001`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Data and indicators"]);

    const name = page.getByRole("heading", { level: 2, name: RATE_INDICATOR });
    expect(await name.getAttribute("lang")).toBe("pl");
    const facts = page.locator(".indicator-facts dl");
    expect(await facts.locator("dt").allTextContents()).toEqual(
      expect.arrayContaining(["Definition", "Unit of measure", "Direction", "Data source", "Programme"]),
    );
    expect(await facts.textContent()).toContain("the higher, the better");

    const table = page.getByRole("table", {
      name: /in the counties of the Podlaskie voivodeship, 2019–2025$/,
    });
    expect(await table.locator("caption span").evaluate(closestLang)).toBe("pl");
    expect(await table.locator("thead th").first().textContent()).toBe("County (powiat)");
    expect(await table.locator("tbody th").first().getAttribute("lang")).toBe("pl");
    expect(await table.locator("tbody td").first().textContent()).toMatch(/^\d+\.\d$/);

    const chart = page.locator("svg.indicator-chart__svg");
    expect(await chart.locator("title").textContent()).toBe(`Line chart: ${RATE_INDICATOR}`);
    expect(await chart.locator("desc").textContent()).toMatch(/^województwo podlaskie: \d+\.\d na 10 tys/);
    expect(await chart.locator("text.indicator-chart__axis-title").allTextContents()).toContain("Year");
    expect(await page.locator("#legenda-wykresu").textContent()).toBe("Chart legend");
    expect(await page.locator(".indicator-chart__legend li").first().getAttribute("lang")).toBe("pl");

    expect(await page.getByRole("heading", { level: 2, name: /^Map of the counties — \d{4}$/ }).count()).toBe(
      1,
    );
    const tiles = page.locator("svg.indicator-map__svg .indicator-tile");
    expect(await page.locator("svg.indicator-map__svg").getAttribute("aria-label")).toBe(
      "Tile map of the counties of the Podlaskie voivodeship",
    );
    expect(await tiles.locator("title").allTextContents()).toContainEqual(
      expect.stringMatching(/^miasto Białystok: \d+\.\d na 10 tys\. mieszkańców$/),
    );
    expect(await page.locator("#legenda-mapy").textContent()).toBe("Legend (na 10 tys. mieszkańców)");
    expect(await page.locator(".indicator-map__table summary").textContent()).toBe(
      "The map's values as a table",
    );
    expect(await page.getByRole("link", { name: "Download the data as CSV" }).getAttribute("href")).toMatch(
      /^\/dane\/csv\?wskaznik=/,
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("keeps the /en prefix when the form is submitted, with the powiaty's names marked Polish", async () => {
    await page.goto(`${hub.siteUrl}/en/dane`);
    const select = page.getByLabel("Indicator", { exact: true });
    expect(await select.locator("option").first().getAttribute("lang")).toBe("pl");
    await select.selectOption({ label: RATE_INDICATOR });
    const county = page.getByRole("group", { name: "Counties on the chart" }).getByLabel("miasto Białystok");
    expect(await county.evaluate((input) => input.labels?.[0]?.getAttribute("lang"))).toBe("pl");
    await county.check();
    await page.getByRole("button", { name: "Show data" }).click();
    await page.waitForURL(/\/en\/dane\?wskaznik=WPRES_PES_NA_10K&powiat=2061/);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    const lines = page.locator("svg.indicator-chart__svg path.indicator-chart__line");
    expect(await lines.evaluateAll((paths) => paths.map((path) => path.getAttribute("data-unit")))).toEqual([
      "20",
      "2061",
    ]);
  });

  it("serves /uk/dane in Ukrainian and draws the województwa after a submit that keeps /uk", async () => {
    await page.goto(`${hub.siteUrl}/uk/dane?wskaznik=${RATE_CODE}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.getByText("Ця сторінка доступна лише польською мовою.").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Дані та показники"]);
    expect(await page.getByRole("heading", { level: 2, name: RATE_INDICATOR }).getAttribute("lang")).toBe(
      "pl",
    );
    const table = page.getByRole("table", { name: /у повітах Підляського воєводства, 2019–2025 роки$/ });
    expect(await table.locator("thead th").first().textContent()).toBe("Повіт (powiat)");
    expect(await table.locator("tbody td").first().textContent()).toMatch(/^\d+,\d$/);
    expect(await page.locator("svg.indicator-chart__svg title").textContent()).toBe(
      `Лінійний графік: ${RATE_INDICATOR}`,
    );

    await page.getByLabel("воєводства (уся Польща)").check();
    await page.getByRole("button", { name: "Показати дані" }).click();
    await page.waitForURL(/\/uk\/dane\?.*mapa=wojewodztwa/);
    expect(await page.getByRole("heading", { level: 2, name: /^Карта воєводств — \d{4} р\.$/ }).count()).toBe(
      1,
    );
    const regions = page.locator("svg.indicator-map__svg path.indicator-map__region");
    expect(await regions.count()).toBe(16);
    expect(await page.locator("svg.indicator-map__svg").getAttribute("aria-label")).toBe("Карта воєводств");
    expect(await regions.locator("title").first().getAttribute("lang")).toBe("pl");
    expect(await page.locator(".indicator-map__table th[scope=col]").allTextContents()).toEqual([
      "Територія",
      "Значення",
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("territorial units in English and Ukrainian", () => {
  it("serves /uk/gminy in Ukrainian with the places' names marked Polish", async () => {
    const html = await (await fetch(`${hub.siteUrl}/uk/gminy`)).text();
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain("<title>Воєводство podlaskie — повіти та громади | Obserwatorium</title>");
    expect(html).toContain('action="/uk/gminy"');

    await page.goto(`${hub.siteUrl}/uk/gminy`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.getByText("Ця сторінка доступна лише польською мовою.").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Громади (gminy) та повіти (powiaty)",
    ]);
    const region = page.getByRole("heading", { level: 2, name: "Воєводство podlaskie" });
    expect(await region.locator("span").evaluate(closestLang)).toBe("pl");
    expect(await page.getByText("17 повітів · 118 громад").count()).toBe(1);
    expect(await page.getByRole("heading", { level: 3, name: "Повіт (powiat) sokólski" }).count()).toBe(1);
    expect(await page.locator(".municipality__name").first().getAttribute("lang")).toBe("pl");
    expect(await page.locator(".municipality__kind").allTextContents()).toContain("місько-сільська гміна");
    expect(await page.getByRole("link", { name: "пошуку послуг" }).getAttribute("href")).toBe("/uk/uslugi");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Воєводство", { exact: true }).selectOption({ label: "mazowieckie" });
    await page.getByRole("button", { name: "Показати повіти та громади" }).click();
    await page.waitForURL(/\/uk\/gminy\?woj=14$/);
    expect(await page.getByRole("heading", { level: 2, name: "Воєводство mazowieckie" }).count()).toBe(1);
  });

  it("shows a gmina under /en with English headings and links that keep /en", async () => {
    const html = await (await fetch(`${hub.siteUrl}/en/gminy/${LAPY}`)).text();
    expect(html).toContain("<title>Łapy municipality (gmina) — social services | Obserwatorium</title>");
    expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="pl" href="[^"]*/gminy/${LAPY}"`));

    await page.goto(`${hub.siteUrl}/en/gminy/${LAPY}`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe("Łapy municipality (gmina) — social services");
    expect(await heading.locator("span").getAttribute("lang")).toBe("pl");
    expect(await page.locator(".coverage__meta").textContent()).toMatch(
      /^urban-rural municipality · TERYT 2002063/,
    );
    expect(
      await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").getAttribute("href"),
    ).toBe("/en/uslugi");
    expect(await page.locator(".coverage__count a").textContent()).toMatch(/^\d+ services? available$/);
    expect(await page.locator(".coverage__count a").getAttribute("href")).toBe(`/en/uslugi?obszar=${LAPY}`);

    const table = page.getByRole("table", { name: "Services in the 14 areas of social services" });
    expect(await table.locator("thead th").allTextContents()).toEqual([
      "Area",
      "Services",
      "Types of services",
    ]);
    const areas = await table.locator("tbody th").allTextContents();
    expect(areas).toHaveLength(14);
    expect(areas).toContain("support for people with disabilities");
    for (const count of await table.locator("tbody td:nth-child(2)").allTextContents())
      expect(count).toMatch(/^(no services|\d+ services? — .+)$/);
    const searchLinks = await table
      .locator("a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    for (const href of searchLinks) expect(href).toMatch(/^\/en\/uslugi\?/);
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(
      expect.arrayContaining(["Services by area", "Gaps in access to services"]),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers an unknown code under /en with the 404 page in English", async () => {
    const missing = await fetch(`${hub.siteUrl}/en/gminy/9999999`);
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("Page not found</h1>");

    const response = await page.goto(`${hub.siteUrl}/en/gminy/2002064`);
    expect(response?.status()).toBe(404);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
