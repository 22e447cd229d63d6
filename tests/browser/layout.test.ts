import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import {
  clippedTextProblems,
  openDisclosures,
  reflowProblems,
  resizeTextTo200Percent,
  saveScreenshot,
  SCREENSHOTS_DIR,
  setViewportWidth,
  TAKE_SCREENSHOTS,
  smallTargets,
} from "../support/layout";

// WCAG 2.2 AA reflow (1.4.10) at 320 CSS px and resize text (1.4.4) to 200 % on every page type,
// with full-page screenshots at 360 and 1280 px for a person to look at (`SCREENSHOTS=1`).

const LAPY_CODE = "2002063";

/** Detail pages are found the way a visitor finds them: through the first link of their list. */
const DETAIL_LINKS = {
  service: { list: "/uslugi", link: ".service-card h3 a" },
  organization: { list: "/", link: ".latest-list a[href^='/podmioty/']" },
  document: { list: "/dokumenty", link: ".document-card h3 a" },
  goodPractice: { list: "/dobre-praktyki", link: ".good-practice-card h3 a" },
  area: { list: "service", link: "main a[href^='/gminy/']" },
} as const;

type DetailKind = keyof typeof DETAIL_LINKS;
type Path = string | { detail: DetailKind };

const PAGE_TYPES: { name: string; path: Path; status?: number }[] = [
  { name: "strona-glowna", path: "/" },
  { name: "pomoc-osoba-starsza", path: "/pomoc/osoba-starsza" },
  { name: "uslugi", path: "/uslugi" },
  { name: "uslugi-filtry", path: `/uslugi?q=opieka&gdzie=lapy&obszar=${LAPY_CODE}&bezplatne=tak` },
  { name: "uslugi-mapa", path: `/uslugi?gdzie=lapy&obszar=${LAPY_CODE}&widok=mapa` },
  { name: "usluga", path: { detail: "service" } },
  { name: "podmioty", path: "/podmioty" },
  { name: "podmiot", path: { detail: "organization" } },
  { name: "zakup-prospoleczny", path: "/zakup-prospoleczny" },
  { name: "zakupy-prospoleczne", path: "/zakupy-prospoleczne" },
  { name: "zakupy-prospoleczne-lista", path: "/zakupy-prospoleczne/lista?certyfikat=tak" },
  { name: "dokumenty", path: "/dokumenty" },
  { name: "dokumenty-lpdi", path: "/dokumenty/lpdi" },
  { name: "dokument", path: { detail: "document" } },
  { name: "dobre-praktyki", path: "/dobre-praktyki" },
  { name: "dobra-praktyka", path: { detail: "goodPractice" } },
  { name: "dane", path: "/dane?wskaznik=WPRES_PES_NA_10K&powiat=2001&powiat=2061" },
  { name: "gminy", path: "/gminy" },
  { name: "gmina", path: { detail: "area" } },
  { name: "szukaj", path: "/szukaj?q=opieka" },
  { name: "o-serwisie", path: "/o-serwisie" },
  { name: "deklaracja-dostepnosci", path: "/deklaracja-dostepnosci" },
  { name: "kontakt", path: "/kontakt" },
  { name: "polityka-prywatnosci", path: "/polityka-prywatnosci" },
  { name: "nie-znaleziono", path: "/nie-ma-takiej-strony", status: 404 },
  { name: "uk-strona-glowna", path: "/uk" },
];

const PRINTED_DETAILS: { name: string; detail: DetailKind }[] = [
  { name: "usluga", detail: "service" },
  { name: "podmiot", detail: "organization" },
  { name: "dokument", detail: "document" },
  { name: "dobra-praktyka", detail: "goodPractice" },
];

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
const detailPaths = new Map<DetailKind, string>();

async function firstLink(path: string, selector: string): Promise<string> {
  const response = await page.goto(`${hub.siteUrl}${path}`, { waitUntil: "domcontentloaded" });
  const href = await page
    .locator(selector)
    .first()
    .getAttribute("href", { timeout: 5_000 })
    .catch(() => null);
  if (!href)
    throw new Error(`No link ${selector} on ${path} (HTTP ${response?.status()}): ${await page.title()}`);
  return href;
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  for (const [kind, { list, link }] of Object.entries(DETAIL_LINKS) as [
    DetailKind,
    (typeof DETAIL_LINKS)[DetailKind],
  ][]) {
    const listPath = list.startsWith("/") ? list : detailPaths.get(list as DetailKind)!;
    detailPaths.set(kind, await firstLink(listPath, link));
  }
});

afterAll(() => session?.close());

function pathOf(path: Path): string {
  return typeof path === "string" ? path : detailPaths.get(path.detail)!;
}

describe("reflow at 320 px, text at 200 %, screenshots at 360 and 1280 px", () => {
  for (const { name, path, status = 200 } of PAGE_TYPES) {
    it(`${name} (${typeof path === "string" ? path : path.detail})`, async () => {
      await setViewportWidth(page, 1280);
      const response = await page.goto(`${hub.siteUrl}${pathOf(path)}`);
      expect(response?.status()).toBe(status);

      // Screenshots first, so that a failing page can still be looked at.
      await saveScreenshot(page, name, 1280);
      await saveScreenshot(page, name, 360);

      // Folded-away content (filters, the map's table) must reflow too once it is opened.
      await openDisclosures(page);
      await setViewportWidth(page, 320);
      expect.soft(await reflowProblems(page), "reflow at 320 px").toEqual([]);
      expect.soft(await clippedTextProblems(page), "clipped or overlapping text at 320 px").toEqual([]);
      expect.soft(await smallTargets(page), "targets smaller than 24 px at 320 px").toEqual([]);

      await setViewportWidth(page, 1280);
      const resize = await resizeTextTo200Percent(page);
      expect(resize.body.after, "body text grows with the root font size").toBeCloseTo(
        2 * resize.body.before,
        1,
      );
      expect.soft(resize.notScaled, "text sized in px or vw does not grow").toEqual([]);
      expect.soft(await reflowProblems(page), "reflow with text at 200 %").toEqual([]);
      expect.soft(await clippedTextProblems(page), "clipped or overlapping text at 200 %").toEqual([]);
    });
  }
});

describe("printing a detail page", () => {
  afterAll(() => page.emulateMedia({ media: null }));

  for (const { name, detail } of PRINTED_DETAILS) {
    it(`${name}: prints the content without navigation, search, buttons or footer links`, async () => {
      await setViewportWidth(page, 1280);
      await page.emulateMedia({ media: "screen" });
      await page.goto(`${hub.siteUrl}${detailPaths.get(detail)}`);
      await page.emulateMedia({ media: "print" });

      const screenOnly = {
        header: page.getByRole("banner"),
        footer: page.getByRole("contentinfo"),
        navigation: page.getByRole("navigation"),
        search: page.getByRole("search"),
        "skip link": page.locator(".skip-link"),
        breadcrumb: page.locator(".breadcrumb"),
        form: page.locator("form"),
        button: page.getByRole("button"),
      };
      for (const [what, locator] of Object.entries(screenOnly)) {
        const printed = await locator.evaluateAll((elements) =>
          elements
            .filter((element) => element.getClientRects().length > 0)
            .map((element) => element.outerHTML.slice(0, 100)),
        );
        expect(printed, `${what} on paper`).toEqual([]);
      }
      expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
      const main = await page.getByRole("main").boundingBox();
      expect(main?.height).toBeGreaterThan(200);

      // Links to other sites print their address after the text; the reader of paper cannot click.
      const external = page.locator("main a[href^='http']").first();
      if ((await external.count()) > 0) {
        const shown = await external.evaluate((link) => getComputedStyle(link, "::after").content);
        expect(shown, "the address after a link to another site").toContain(
          await external.getAttribute("href"),
        );
      }

      if (TAKE_SCREENSHOTS) await page.pdf({ path: `${SCREENSHOTS_DIR}/${name}-wydruk.pdf`, format: "A4" });
      await saveScreenshot(page, `${name}-wydruk`, 794);
    });
  }

  for (const detail of ["organization", "goodPractice"] as const) {
    it(`${detail}: a print button on screen, the page's address on paper`, async () => {
      await page.emulateMedia({ media: "screen" });
      const url = `${hub.siteUrl}${detailPaths.get(detail)}`;
      await page.goto(url);
      const printButton = page.getByRole("button", { name: "Drukuj", includeHidden: true });
      const address = page.getByText(/^Adres strony: /);
      await printButton.waitFor({ state: "visible" });
      expect(await address.isVisible()).toBe(false);

      await page.emulateMedia({ media: "print" });
      expect(await printButton.isVisible()).toBe(false);
      expect(await address.textContent()).toBe(`Adres strony: ${url}`);
      expect(await address.isVisible()).toBe(true);
      await page.emulateMedia({ media: "screen" });

      await page.evaluate(() => {
        window.print = () => document.body.setAttribute("data-printed", "tak");
      });
      await printButton.click();
      expect(await page.locator("body").getAttribute("data-printed")).toBe("tak");
    });
  }
});
