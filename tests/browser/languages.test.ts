import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { follow, tabTo, tabUntil } from "../support/keyboard";

const SENIOR_UK = "Шукаю допомогу для людини похилого віку";
const SENIORS = "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS";
const LAPY_RESPITE = "Usługi wytchnieniowe dla opiekunów w gminie Łapy";
const UK_SERVICE_SECTIONS = [
  "У чому полягає послуга",
  "Для кого",
  "Скільки коштує",
  "Як отримати послугу",
  "Де і коли",
  "Хто надає",
  "Територія",
  "Повідомити про застарілу інформацію",
];
const UK_NAV = [
  "Головна",
  "Суб’єкти соціальної економіки",
  "Соціальні послуги",
  "Документи",
  "Добрі практики",
  "Події",
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

  it("leads an older person's carer from /uk to a service's page in Ukrainian, by keyboard alone", async () => {
    await page.goto(`${hub.siteUrl}/uk`);
    await tabTo(page, SENIOR_UK);
    await follow(page, /\/uk\/pomoc\/osoba-starsza$/);
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

    await tabTo(page, /^Переглянути всі послуги .* у пошуку/);
    await follow(page, /\/uk\/uslugi\?/);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(new URL(page.url()).searchParams.getAll("grupa")).toEqual([SENIORS]);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Соціальні послуги"]);
    expect(await page.title()).toBe("Соціальні послуги — пошук | Obserwatorium");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
    const groups = page.getByRole("group", { name: "Для кого" });
    expect(await groups.getByRole("checkbox").count()).toBe(12);
    const seniors = groups.getByRole("checkbox", {
      name: /^люди, які потребують підтримки в повсякденному житті/,
    });
    expect(await seniors.isChecked()).toBe(true);
    expect(await page.locator(".results-count").textContent()).toMatch(/^Знайдено [1-9][\d\s]* послуг/);
    expect(
      await page
        .getByRole("navigation", { name: "Сторінки результатів" })
        .getByRole("link")
        .allTextContents(),
    ).toEqual(["Наступна сторінка →"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    const title = await tabUntil(page, ".service-card h3 a", 100);
    await follow(page, /\/uk\/uslugi\/[^/?#]+$/);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.allTextContents()).toEqual([title]);
    expect(await heading.getAttribute("lang")).toBe("pl");
    expect(await page.title()).toBe(`${title} | Obserwatorium`);
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(UK_SERVICE_SECTIONS);
    const apply = page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: "Як отримати послугу" }),
    });
    expect(await apply.getByRole("heading", { level: 3, name: "Потрібні документи" }).count()).toBe(1);
    expect(await page.getByRole("link", { name: "Пошук послуг" }).getAttribute("href")).toBe("/uk/uslugi");
  });

  it("narrows the Ukrainian journey to a place and says which one, in Ukrainian", async () => {
    await page.goto(`${hub.siteUrl}/uk/pomoc/osoba-starsza`);
    await tabTo(page, "Гміна або повіт");
    await page.keyboard.type("Łapy");
    await Promise.all([page.waitForURL(/\/uk\/uslugi\?.*obszar=2002063/), page.keyboard.press("Enter")]);
    expect(new URL(page.url()).searchParams.getAll("grupa")).toEqual([SENIORS]);
    expect(await page.locator(".place-notice").textContent()).toContain(
      "Показуємо послуги для: Łapy (місько-сільська гміна, powiat białostocki)",
    );
    expect(await page.locator(".service-list > li").count()).toBeGreaterThan(0);
  });

  it("serves the catalogue in English under /en/uslugi, records marked Polish, without axe violations", async () => {
    const html = await (await fetch(`${hub.siteUrl}/en/uslugi`)).text();
    expect(html).toContain('<html lang="en"');
    expect(html).toContain("<title>Social services — search | Obserwatorium</title>");
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/en\/uslugi"/);
    expect(html).toMatch(/<link rel="alternate" hrefLang="uk" href="[^"]*\/uk\/uslugi"/);
    expect(html).toMatch(/<form class="registry-filters service-filters"[^>]*action="\/en\/uslugi"/);

    await page.goto(`${hub.siteUrl}/en/uslugi?bezplatne=tak`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Social services"]);
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
    expect(await page.getByLabel("free only").isChecked()).toBe(true);
    expect(await page.getByRole("group", { name: "Area of services" }).getByRole("checkbox").count()).toBe(
      14,
    );
    expect(await page.getByLabel(/^support for people with disabilities \([\d,]+\)$/).count()).toBe(1);
    expect(await page.locator(".results-count").textContent()).toMatch(
      /^Found [1-9][\d,]* services? · page 1 of \d+$/,
    );
    const card = page.locator(".service-card").first();
    expect(await card.locator("h3 a").getAttribute("lang")).toBe("pl");
    expect(await card.locator("h3 a").getAttribute("href")).toMatch(/^\/en\/uslugi\/[^/]+$/);
    expect(await card.locator("dt").allTextContents()).toEqual(
      expect.arrayContaining(["Provided by", "Cost"]),
    );
    expect(await page.getByRole("link", { name: "Map and list" }).getAttribute("href")).toBe(
      "/en/uslugi?bezplatne=tak&widok=mapa",
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${hub.siteUrl}/en/uslugi?gdzie=Qwxzrtp`);
    expect(await page.locator(".error-summary").textContent()).toContain("We could not find the place:");
    expect(await page.locator("#gdzie-error").textContent()).toBe(
      "Error: We could not find the place: there is no municipality or county called “Qwxzrtp” in the Podlaskie region. Check the spelling or type the name of the county.",
    );
  });

  it("shows a service in Ukrainian with its record in Polish, and answers a report in Ukrainian", async () => {
    // The demo catalogue always has this respite service in gmina Łapy, with opening hours.
    await page.goto(`${hub.siteUrl}/uk/uslugi?q=${encodeURIComponent("opieka wytchnieniowa Łapy")}`);
    const link = page.locator(".service-card h3 a").first();
    expect(await link.textContent()).toBe(LAPY_RESPITE);
    await Promise.all([page.waitForURL(/\/uk\/uslugi\/[^/?]+$/), link.click()]);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe(LAPY_RESPITE);
    expect(await heading.getAttribute("lang")).toBe("pl");
    const html = await (await fetch(page.url())).text();
    expect(html).toMatch(/<link rel="alternate" hrefLang="pl" href="[^"]*\/uslugi\/[^"/]+"/);
    expect(html).toContain('<meta property="og:locale" content="uk_UA"');
    expect(html).toContain("<title>Usługi wytchnieniowe dla opiekunów w gminie Łapy | Obserwatorium</title>");

    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(UK_SERVICE_SECTIONS);
    expect(await page.locator(".service-detail__description").getAttribute("lang")).toBe("pl");
    expect(
      await page.getByRole("table", { name: "Години роботи" }).locator("tbody th").allTextContents(),
    ).toEqual(expect.arrayContaining(["понеділок", "неділя"]));
    expect(await page.getByRole("button", { name: "Друкувати" }).count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Що застаріло?").fill("Замало");
    await page.getByRole("button", { name: "Надіслати повідомлення" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await page.locator("#zglos-opis-error").textContent()).toBe(
      "Помилка: Опис занадто короткий — напишіть щонайменше 10 символів (зараз: 6).",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers a site search under /uk in Ukrainian, with the records' titles marked Polish", async () => {
    await page.goto(`${hub.siteUrl}/uk/szukaj?q=opieka`);
    expect(await page.locator("html").getAttribute("lang")).toBe("uk");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Результати пошуку"]);
    expect(await page.title()).toBe("Результати пошуку | Obserwatorium");
    expect(await page.getByRole("search", { name: "Пошук" }).first().getAttribute("action")).toBe(
      "/uk/szukaj",
    );
    expect(await page.getByRole("group", { name: "Показати лише" }).getByRole("checkbox").count()).toBe(5);
    expect(await page.locator(".results-count").textContent()).toMatch(/^Знайдено [1-9][\d\s]* результат/);
    const titles = page.locator(".search-hit h3 a");
    expect(await titles.count()).toBeGreaterThan(0);
    const langs = await titles.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("lang")));
    expect(langs.every((lang) => lang === "pl")).toBe(true);
    const hrefs = await titles.evaluateAll((anchors) => anchors.map((a) => a.getAttribute("href")));
    expect(hrefs.every((href) => href?.startsWith("/uk/"))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  for (const [path, heading] of [
    ["/en/deklaracja-dostepnosci", "Accessibility statement"],
    ["/uk/deklaracja-dostepnosci", "Заява про доступність"],
    ["/en/o-serwisie", "About the site"],
    ["/uk/o-serwisie", "Про сайт"],
    ["/en/kontakt", "Contact"],
    ["/uk/kontakt", "Контакти"],
    ["/en/polityka-prywatnosci", "Privacy policy"],
    ["/uk/polityka-prywatnosci", "Політика конфіденційності"],
  ] as const) {
    it(`serves ${path} translated: one h1 in the language, no axe violations`, async () => {
      const response = await page.goto(`${hub.siteUrl}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator("html").getAttribute("lang")).toBe(path.slice(1, 3));
      expect(await page.getByText("This page is available in Polish only.").count()).toBe(0);
      expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([heading]);
      expect(await page.title()).toBe(`${heading} | Obserwatorium`);
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  it("keeps the accessibility statement's template sections under /en, gaps marked in English", async () => {
    await page.goto(`${hub.siteUrl}/en/deklaracja-dostepnosci`);
    for (const id of ["a11y-podmiot", "a11y-url", "a11y-status", "a11y-kontakt", "a11y-procedura"]) {
      expect(await page.locator(`#${id}`).count(), id).toBe(1);
    }
    expect(
      await page.locator("#a11y-status").locator("xpath=following-sibling::p[1]").textContent(),
    ).toContain("partially compliant");
    expect(await page.locator(".placeholder").first().textContent()).toMatch(/^\[to be completed by ROPS: /);
  });

  it("renders an untranslated page under /en with its Polish content marked lang=pl", async () => {
    await page.goto(`${hub.siteUrl}/en/zakupy-prospoleczne`);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.getByText("This page is available in Polish only.").count()).toBe(1);
    const heading = page.getByRole("heading", { level: 1 });
    expect(await heading.textContent()).toBe("Zakupy prospołeczne");
    expect(await heading.evaluate((element) => element.closest("[lang]")?.getAttribute("lang"))).toBe("pl");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers 404 in the URL's language, server-rendered", async () => {
    for (const [path, heading] of [
      ["/en/pomoc/nie-ma-takiej", "Page not found"],
      ["/uk/uslugi/nie-ma-takiej-uslugi", "Сторінку не знайдено"],
      ["/uk/nie-ma-takiej-strony", "Сторінку не знайдено"],
      ["/nie-ma-takiej-strony", "Nie znaleziono strony"],
    ]) {
      const response = await fetch(`${hub.siteUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain(`${heading}</h1>`);
    }
  });
});
