import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { tabTo } from "../support/keyboard";

const SENIOR_UK = "Шукаю допомогу для людини похилого віку";
const UK_NAV = [
  "Головна",
  "Суб’єкти соціальної економіки",
  "Соціальні послуги",
  "Документи",
  "Добрі практики",
  "Дані",
  "Соціальні закупівлі",
];

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

function switcher(target: Page) {
  return target.getByRole("banner").locator(".language-switcher");
}

describe("languages: Polish unprefixed, /en and /uk", () => {
  it("serves /uk in Ukrainian: <html lang>, navigation, home texts, hreflang links, no axe violations", async () => {
    const html = await (await fetch(`${hub.siteUrl}/uk`)).text();
    expect(html).toContain('<html lang="uk"');
    expect(html).toContain("<title>Обсерваторія соціальної політики Підляського воєводства</title>");
    expect(html).toMatch(/<link rel="alternate" hrefLang="en" href="[^"]*\/en"/);
    expect(html).toMatch(/<link rel="alternate" hrefLang="pl" href="[^"]*\/"/);

    await page.goto(`${hub.siteUrl}/uk`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([
      "Обсерваторія соціальної політики",
    ]);
    const nav = page.getByRole("navigation", { name: "Головна навігація" });
    expect(await nav.getByRole("link").allTextContents()).toEqual(UK_NAV);
    const hrefs = await nav
      .getByRole("link")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.every((href) => href?.startsWith("/uk"))).toBe(true);
    const services = page.getByRole("region", { name: "Знайти послугу" });
    expect(await services.getByRole("link").allTextContents()).toEqual([
      SENIOR_UK,
      "Шукаю допомогу для людини з інвалідністю",
      "Шукаю допомогу для сім’ї в кризі",
      "Усі соціальні послуги",
    ]);
    expect(await services.locator(".entry-point__count").textContent()).toMatch(/^У каталозі: [1-9]/);
    expect(await page.getByRole("search", { name: "Що ви шукаєте?" }).getAttribute("action")).toBe(
      "/uk/szukaj",
    );
    expect(await page.locator(".skip-link").textContent()).toBe("Перейти до змісту");
    // Records keep their language: the latest documents' titles are marked Polish.
    expect(await page.locator('.latest-list a[lang="pl"]').count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("moves between /, /en and /uk with the switcher, keeping the page", async () => {
    await page.goto(hub.siteUrl);
    const polish = switcher(page).getByRole("link", { name: "Polski" });
    expect(await polish.getAttribute("aria-current")).toBe("true");
    const english = switcher(page).getByRole("link", { name: "English" });
    expect(await english.getAttribute("lang")).toBe("en");
    expect(await english.getAttribute("hreflang")).toBe("en");
    await Promise.all([page.waitForURL(/\/en$/), english.click()]);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Social policy observatory");
    expect(await switcher(page).getByRole("link", { name: "English" }).getAttribute("aria-current")).toBe(
      "true",
    );

    await page.goto(`${hub.siteUrl}/en/pomoc/osoba-starsza`);
    const ukrainian = switcher(page).getByRole("link", { name: "Українська" });
    expect(await ukrainian.getAttribute("lang")).toBe("uk");
    await Promise.all([page.waitForURL(/\/uk\/pomoc\/osoba-starsza$/), ukrainian.click()]);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(SENIOR_UK);
    await Promise.all([
      page.waitForURL((url) => url.pathname === "/pomoc/osoba-starsza"),
      switcher(page).getByRole("link", { name: "Polski" }).click(),
    ]);
    expect(await page.locator("html").getAttribute("lang")).toBe("pl");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Szukam pomocy dla osoby starszej",
    );
  });

  it("redirects /pl/… to the one canonical, unprefixed address", async () => {
    for (const [path, location] of [
      ["/pl/uslugi", "/uslugi"],
      ["/pl", "/"],
      ["/pl/uslugi?grupa=CARERS", "/uslugi?grupa=CARERS"],
    ]) {
      const response = await fetch(`${hub.siteUrl}${path}`, { redirect: "manual" });
      expect(response.status, path).toBe(308);
      expect(new URL(response.headers.get("location") ?? "", hub.siteUrl).href, path).toBe(
        new URL(location!, hub.siteUrl).href,
      );
    }
  });

  it("leads an older person's carer through the Ukrainian journey by keyboard alone", async () => {
    await page.goto(`${hub.siteUrl}/uk`);
    await tabTo(page, SENIOR_UK);
    await Promise.all([page.waitForURL(/\/uk\/pomoc\/osoba-starsza$/), page.keyboard.press("Enter")]);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([SENIOR_UK]);
    expect(await page.title()).toBe(`${SENIOR_UK} | Obserwatorium`);
    expect(await page.locator(".prose").textContent()).toContain("центрі соціальної допомоги");
    const cards = page.locator(".service-list > li");
    expect(await cards.count()).toBe(10);
    // The services are records: their titles are marked Polish, the card's labels are Ukrainian.
    const titles = page.locator(".service-list h3 a");
    expect(await titles.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("lang")))).toEqual(
      Array(10).fill("pl"),
    );
    const links = await titles.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(links.every((href) => href?.startsWith("/uk/uslugi/"))).toBe(true);
    expect(await cards.first().locator("dt").first().textContent()).toBe("Надає");
    expect(await accessibilityViolations(page)).toEqual([]);

    await tabTo(page, "Гміна або повіт");
    await page.keyboard.type("Łapy");
    await Promise.all([page.waitForURL(/\/uk\/uslugi\?.*obszar=2002063/), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).searchParams.getAll("grupa")).toEqual([
      "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS",
    ]);
    expect(await page.locator(".service-list > li").count()).toBeGreaterThan(0);
  });

  it("renders an untranslated page under /en with its Polish content marked lang=pl", async () => {
    await page.goto(`${hub.siteUrl}/en/uslugi`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(1);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe("Usługi społeczne");
    expect(await heading.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).toBe("pl");
    expect(await page.locator(".service-list > li").count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers 404 in the URL's language, server-rendered", async () => {
    for (const [path, heading] of [
      ["/en/pomoc/nie-ma-takiej", "Page not found"],
      ["/uk/nie-ma-takiej-strony", "Сторінку не знайдено"],
      ["/nie-ma-takiej-strony", "Nie znaleziono strony"],
    ]) {
      const response = await fetch(`${hub.siteUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain(`${heading}</h1>`);
    }
  });
});
