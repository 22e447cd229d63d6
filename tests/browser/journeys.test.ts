import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { follow, tabTo, tabUntil } from "../support/keyboard";

const SENIORS = "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS";

const JOURNEYS = [
  {
    title: "Szukam pomocy dla osoby starszej",
    path: "/pomoc/osoba-starsza",
    groups: [SENIORS],
  },
  {
    title: "Szukam pomocy dla osoby z niepełnosprawnością",
    path: "/pomoc/osoba-z-niepelnosprawnoscia",
    groups: ["PEOPLE_WITH_DISABILITIES"],
  },
  {
    title: "Szukam pomocy dla rodziny w kryzysie",
    path: "/pomoc/rodzina-w-kryzysie",
    groups: ["FAMILIES_AND_CHILDREN", "PEOPLE_AFFECTED_BY_VIOLENCE"],
  },
];

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

async function expectOneH1AndTitle(target: Page, h1: string, title: RegExp): Promise<void> {
  expect(await target.getByRole("heading", { level: 1 }).allTextContents()).toEqual([h1]);
  expect(await target.title()).toMatch(title);
}

/** "Znaleźliśmy w katalogu 123 usługi …" / "Znaleziono 123 usługi": the number in a results count. */
function countIn(text: string | null): number {
  return Number(/(\d[\d\s]*)/.exec(text ?? "")?.[1]?.replace(/\s/g, ""));
}

describe("journeys /pomoc/…", () => {
  it.each(JOURNEYS.map((journey) => [journey.title, journey] as const))(
    "%s: home → journey → filtered catalogue → a service's page with how to apply, by keyboard alone",
    async (_title, journey) => {
      await page.goto(hub.siteUrl);
      await tabTo(page, journey.title);
      await follow(page, new RegExp(`${journey.path}$`));
      await expectOneH1AndTitle(page, journey.title, new RegExp(`^${journey.title} \\| Obserwatorium$`));
      const listed = countIn(await page.locator(".results-count").textContent());
      expect(listed).toBeGreaterThan(0);
      expect(await page.locator(".service-list > li").count()).toBe(Math.min(listed, 10));

      await tabTo(page, /^Zobacz wszystkie usługi .* w wyszukiwarce/);
      await follow(page, /\/uslugi\?/);
      expect(new URL(page.url()).pathname).toBe("/uslugi");
      expect(new URL(page.url()).searchParams.getAll("grupa")).toEqual(journey.groups);
      for (const group of journey.groups) {
        expect(await page.locator(`#grupa-${group}`).isChecked(), group).toBe(true);
      }
      expect(await page.locator('.registry-filters input[type="checkbox"]:checked').count()).toBe(
        journey.groups.length,
      );
      expect(countIn(await page.locator(".results-count").textContent())).toBe(listed);

      // Past the filters (beside the results on a wide screen, where the skip link is hidden).
      const title = await tabUntil(page, ".service-card h3 a", 100);
      await follow(page, /\/uslugi\/[^/?#]+$/);
      expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual([title]);
      expect(await page.title()).toBe(`${title} | Obserwatorium`);
      const apply = page.locator("section", {
        has: page.getByRole("heading", { level: 2, name: "Jak skorzystać" }),
      });
      expect(await apply.isVisible()).toBe(true);
      const steps = await apply.locator(":scope > p, :scope > ol > li").allTextContents();
      expect(steps.join(" ").trim().length).toBeGreaterThan(10);
      expect(await apply.getByRole("heading", { level: 3, name: "Potrzebne dokumenty" }).count()).toBe(1);
    },
  );

  it("narrows the journey to the resident's place with the form, keeping the filter", async () => {
    const [senior] = JOURNEYS;
    await page.goto(`${hub.siteUrl}${senior!.path}`);
    await tabTo(page, "Gmina lub powiat");
    await page.keyboard.type("Łapy");
    await Promise.all([page.waitForURL(/obszar=2002063/), page.keyboard.press("Enter")]);
    const params = new URL(page.url()).searchParams;
    expect(params.getAll("grupa")).toEqual([SENIORS]);
    expect(await page.locator(`#grupa-${SENIORS}`).isChecked()).toBe(true);
    expect(await page.locator(".service-list > li").count()).toBeGreaterThan(0);
  });

  const pages: [path: string, h1: string, title: RegExp][] = [
    ["/", "Obserwatorium polityki społecznej", /^Obserwatorium polityki społecznej województwa podlaskiego$/],
    ["/gminy", "Gminy i powiaty", /^Województwo podlaskie — powiaty i gminy \| Obserwatorium$/],
    ...JOURNEYS.map((journey): [string, string, RegExp] => [
      journey.path,
      journey.title,
      new RegExp(`^${journey.title} \\| Obserwatorium$`),
    ]),
  ];
  it.each(pages)("%s has one h1, a meaningful title and no axe violations", async (path, h1, title) => {
    await page.goto(`${hub.siteUrl}${path}`);
    await expectOneH1AndTitle(page, h1, title);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("answers 404 with the site's page for a journey that does not exist", async () => {
    const response = await page.goto(`${hub.siteUrl}/pomoc/nie-ma-takiej`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole("heading", { level: 1, name: "Nie znaleziono strony" }).count()).toBe(1);
  });
});
