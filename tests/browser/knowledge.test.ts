import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";

// The hub loads ~40 generated demo good practices (packages/server/src/modules/demo/
// generate-demo-good-practices.ts) and demo indicator series for the 17 powiaty of podlaskie,
// 2019–2025, with every województwo for the rate indicators (generate-demo-indicators.ts).
const SEARCH_LABEL = "Czego szukasz?";
const RATE_INDICATOR = "Liczba podmiotów ekonomii społecznej na 10 tys. mieszkańców";
const RATE_CODE = "WPRES_PES_NA_10K";
const YEARS = ["2019", "2020", "2021", "2022", "2023", "2024", "2025"];
const CSV_HEADER = `Kod TERYT;Jednostka terytorialna;Wskaźnik;Jednostka miary;${YEARS.join(";")}`;

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

function cardTitles(target: Page): Promise<string[]> {
  return target.locator(".good-practice-card h3 a").allTextContents();
}

describe("good practices /dobre-praktyki", () => {
  it("is server-rendered with its GET form and finds practices by a word typed without diacritics", async () => {
    const html = await (await fetch(`${hub.siteUrl}/dobre-praktyki`)).text();
    const form = html.match(/<form class="registry-filters"[^>]*>/)?.[0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/dobre-praktyki"');
    expect(html).toMatch(/Znaleziono [1-9]\d* praktyk/);

    await page.goto(`${hub.siteUrl}/dobre-praktyki`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Dobre praktyki"]);
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual([
      "Dobre praktyki",
    ]);
    expect(
      await page.getByRole("group", { name: "Obszar usług społecznych" }).getByRole("checkbox").count(),
    ).toBe(14);
    await page.getByLabel(SEARCH_LABEL).fill("bezdomnosci");
    await page.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/\/dobre-praktyki\?q=bezdomnosci/);

    const titles = await cardTitles(page);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles[0]).toContain("bezdomności");
    const first = page.locator(".good-practice-card").first();
    expect(await first.locator("dt").allTextContents()).toEqual(["Gdzie", "Kiedy", "Tematy"]);
    expect(await first.locator(".good-practice-themes li").allTextContents()).toContain(
      "osoby w kryzysie bezdomności",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("narrows by target group and period in a URL that can be shared", async () => {
    await page.goto(`${hub.siteUrl}/dobre-praktyki`);
    await page.getByLabel("osoby w kryzysie bezdomności").check();
    await page.getByLabel("Od roku").selectOption("2020");
    await page.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/grupa=PEOPLE_EXPERIENCING_HOMELESSNESS/);
    const url = new URL(page.url());
    expect(url.searchParams.get("od")).toBe("2020");
    const titles = await cardTitles(page);
    expect(titles.length).toBeGreaterThan(0);

    const shared = await session.context.newPage();
    await shared.goto(page.url());
    expect(await cardTitles(shared)).toEqual(titles);
    expect(await shared.getByLabel("osoby w kryzysie bezdomności").isChecked()).toBe(true);
    expect(await shared.getByLabel("Od roku").inputValue()).toBe("2020");
    await shared.close();
  });

  it("opens a practice whose body renders as HTML: headings, a list, links with rel noopener", async () => {
    await page.goto(`${hub.siteUrl}/dobre-praktyki?q=bezdomnosci`);
    const title = (await cardTitles(page))[0]!;
    await page.getByRole("link", { name: title, exact: true }).click();
    await page.waitForURL(/\/dobre-praktyki\/[^/?]+$/);

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(title);
    expect(await page.title()).toBe(`${title} | Obserwatorium`);
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    for (const heading of ["W skrócie", "Na czym polega", "Co zrobiliśmy", "Wyniki w liczbach", "Kontakt"]) {
      expect(headings).toContain(heading);
    }
    const body = page.locator(".good-practice__body");
    expect(await body.locator("h2").count()).toBeGreaterThan(1);
    expect(await body.locator("ul > li").count()).toBeGreaterThan(0);
    expect(await body.textContent()).not.toMatch(/##|\*\*/);
    const link = body.locator("a[href^='https://']").first();
    expect(await link.getAttribute("rel")).toContain("noopener");

    const results = page.getByRole("table", { name: "Zmierzone efekty praktyki" });
    expect(await results.locator("tbody tr").count()).toBeGreaterThan(0);
    expect(await page.locator("a[href^='/podmioty/']").count()).toBeGreaterThan(0);
    expect(await page.locator("a[href^='mailto:']").count()).toBe(1);
    expect(await page.locator("a[href^='tel:+48']").count()).toBe(1);
    expect(await page.locator(".breadcrumb a").getAttribute("href")).toBe("/dobre-praktyki");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers an unknown practice with the server-rendered not-found page", async () => {
    const response = await fetch(`${hub.siteUrl}/dobre-praktyki/nie-ma-takiej-praktyki`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Nie znaleziono strony</h1>");
  });
});

describe("indicators /dane", () => {
  it("shows the chosen indicator: its definition, a table of 17 powiaty, one line per unit, 17 tiles", async () => {
    const html = await (await fetch(`${hub.siteUrl}/dane?wskaznik=${RATE_CODE}`)).text();
    const form = html.match(/<form class="indicator-form"[^>]*>/)?.[0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/dane"');
    expect(html).toContain('<table class="indicator-table">');
    expect(html).toMatch(/<svg class="indicator-chart__svg"/);
    expect(html.match(/<g class="indicator-tile"/g)).toHaveLength(17);

    await page.goto(`${hub.siteUrl}/dane`);
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual(["Dane"]);
    await page.getByLabel("Wskaźnik", { exact: true }).selectOption({ label: RATE_INDICATOR });
    await page.getByLabel("powiat augustowski", { exact: true }).check();
    await page.getByLabel("miasto Białystok", { exact: true }).check();
    await page.getByRole("button", { name: "Pokaż dane" }).click();
    await page.waitForURL(new RegExp(`wskaznik=${RATE_CODE}`));
    expect(new URL(page.url()).searchParams.getAll("powiat")).toEqual(["2001", "2061"]);

    expect(await page.getByRole("heading", { level: 2, name: RATE_INDICATOR }).count()).toBe(1);
    const facts = page.locator(".indicator-facts dl");
    expect(await facts.locator("dt").allTextContents()).toEqual(
      expect.arrayContaining(["Definicja", "Jednostka miary", "Kierunek", "Źródło danych"]),
    );
    expect(await facts.textContent()).toContain("im więcej, tym lepiej");

    const table = page.getByRole("table", { name: /w powiatach województwa podlaskiego, lata 2019–2025$/ });
    expect(await table.locator("thead th").allTextContents()).toEqual(["Powiat", ...YEARS]);
    const rows = await table.locator("tbody th").allTextContents();
    expect(rows).toHaveLength(17);
    expect(rows).toEqual(
      expect.arrayContaining(["powiat augustowski", "miasto Białystok", "miasto Suwałki"]),
    );
    expect(await table.locator("tfoot th").allTextContents()).toEqual(["województwo podlaskie"]);
    expect(await table.locator("tbody td").first().textContent()).toMatch(/^\d+,\d$/);

    const chart = page.locator("svg.indicator-chart__svg");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("desc").textContent()).toContain("województwo podlaskie: ");
    const lines = chart.locator("path.indicator-chart__line");
    expect(await lines.evaluateAll((paths) => paths.map((path) => path.getAttribute("data-unit")))).toEqual([
      "20",
      "2001",
      "2061",
    ]);
    expect(await page.locator(".indicator-chart__legend li").allTextContents()).toEqual(
      expect.arrayContaining(["województwo podlaskie", "powiat augustowski", "miasto Białystok"]),
    );

    const tiles = page.locator("svg.indicator-map__svg .indicator-tile");
    expect(await tiles.count()).toBe(17);
    expect(await tiles.locator("title").allTextContents()).toContainEqual(
      expect.stringMatching(/^miasto Białystok: \d+,\d na 10 tys\. mieszkańców$/),
    );
    expect(await page.locator(".indicator-map__legend li").count()).toBeGreaterThan(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("draws the 16 województwa of Poland for a rate indicator, each named with its value", async () => {
    await page.getByLabel("województwa (cała Polska)").check();
    await page.getByRole("button", { name: "Pokaż dane" }).click();
    await page.waitForURL(/mapa=wojewodztwa/);

    const regions = page.locator("svg.indicator-map__svg path.indicator-map__region");
    expect(await regions.count()).toBe(16);
    const titles = await regions.locator("title").allTextContents();
    expect(titles).toHaveLength(16);
    for (const title of titles)
      expect(title).toMatch(/^województwo [\p{L}-]+: \d+,\d na 10 tys\. mieszkańców$/u);
    expect(titles).toContainEqual(expect.stringMatching(/^województwo podlaskie: /));
    expect(await page.locator("svg.indicator-chart__svg path.indicator-chart__line").count()).toBe(3);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("downloads what is shown as a Polish CSV", async () => {
    const href = await page.getByRole("link", { name: "Pobierz dane w formacie CSV" }).getAttribute("href");
    expect(href).toMatch(/^\/dane\/csv\?wskaznik=/);
    const response = await fetch(`${hub.siteUrl}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="wskaznik-${RATE_CODE}-wojewodztwa.csv"`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER);
    // 17 powiaty and 16 województwa, then the final line break.
    expect(lines).toHaveLength(1 + 17 + 16 + 1);
    const podlaskie = lines.find((line) => line.startsWith("20;"));
    expect(podlaskie).toMatch(/^20;województwo podlaskie;[^;]+;na 10 tys\. mieszkańców(;\d+(,\d)?){7}$/);

    const powiaty = await fetch(`${hub.siteUrl}/dane/csv?wskaznik=${RATE_CODE}`);
    expect((await powiaty.text()).split("\r\n")).toHaveLength(1 + 17 + 1 + 1);
    expect((await fetch(`${hub.siteUrl}/dane/csv?wskaznik=NIE_MA_TAKIEGO`)).status).toBe(404);
  });
});
