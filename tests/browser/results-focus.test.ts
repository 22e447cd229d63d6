import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { tabTo } from "../support/keyboard";

// After a search made with the list's own GET form (or a link to another page of its results), focus
// moves to the results count, or to the error summary, and a polite live region announces the
// outcome. A fresh visit or a reload of the same URL leaves focus where the browser puts it.
const HEADER_LABEL = "Szukaj w serwisie";
const SUMMARY_ID = "wyniki-podsumowanie";
const ERROR_ID = "blad-wyszukiwania";
const NOTHING = "xqzwxqzw";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

/** Opens a page and waits for hydration: the header box becomes a combobox in the same effects pass. */
async function open(target: Page, path: string) {
  await target.goto(`${hub.siteUrl}${path}`);
  await target.getByRole("combobox", { name: HEADER_LABEL }).waitFor();
}

/** Types into a field of the page's form, then Tabs to its submit button and presses Enter. */
async function searchByKeyboard(target: Page, fields: Record<string, string>, button = "Szukaj") {
  for (const [label, value] of Object.entries(fields)) {
    await target.getByRole("main").getByLabel(label, { exact: true }).focus();
    await target.keyboard.press("ControlOrMeta+A");
    await target.keyboard.type(value);
  }
  await tabTo(target, button, 200);
  const before = target.url();
  await target.keyboard.press("Enter");
  await target.waitForURL((url) => url.toString() !== before);
  await target.getByRole("combobox", { name: HEADER_LABEL }).waitFor();
}

/** The focused element once focus has moved to the element `id`, as id and text. */
async function focusMovedTo(target: Page, id: string) {
  await target.waitForFunction((expected) => document.activeElement?.id === expected, id, {
    timeout: 10_000,
  });
  return target.evaluate(() => ({
    id: document.activeElement?.id,
    text: document.activeElement?.textContent?.replace(/\s+/g, " ").trim() ?? "",
    visible: document.activeElement?.matches(":focus-visible") ?? false,
  }));
}

/** The announcer's live region (the page's other status messages are visible ones). */
function liveRegion(target: Page) {
  return target.locator('main [role="status"].visually-hidden');
}

/** The text the live region announces, once it has any. */
async function announced(target: Page): Promise<string> {
  const region = liveRegion(target).filter({ hasText: /\S/ });
  await region.waitFor({ timeout: 10_000 });
  return ((await region.textContent()) ?? "").trim();
}

/** "Znaleziono 42 podmioty · strona 1 z 3" → 42. */
function countIn(text: string): number {
  return Number(/^Znaleziono (\d+)/.exec(text.replace(/\s/g, " "))?.[1]);
}

/** After a fresh visit or reload nothing took focus and nothing was announced. */
async function expectUntouched(target: Page) {
  // The announcer runs with the hydration's effects; give a late announcement time to show.
  await target.waitForTimeout(800);
  expect(await target.evaluate(() => document.activeElement === document.body)).toBe(true);
  expect(await liveRegion(target).allTextContents()).toEqual([""]);
}

describe("focus and announcement after a search, /podmioty", () => {
  it("moves focus to the count and announces it after the form is submitted by keyboard", async () => {
    await open(page, "/podmioty");
    await searchByKeyboard(page, { "Nazwa, NIP, REGON lub KRS": "kajak" });
    expect(new URL(page.url()).searchParams.get("q")).toBe("kajak");
    const focused = await focusMovedTo(page, SUMMARY_ID);
    expect(focused.text).toMatch(/^Znaleziono \d+ podmiot/);
    expect(focused.visible).toBe(true);
    const count = countIn(focused.text);
    expect(count).toBeGreaterThan(0);
    expect(await announced(page)).toMatch(new RegExp(`^Znaleziono ${count} podmiot`));
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("leaves focus alone on a fresh visit and on a reload of the same URL", async () => {
    await open(page, "/podmioty?q=kajak");
    await expectUntouched(page);
    await page.reload();
    await page.getByRole("combobox", { name: HEADER_LABEL }).waitFor();
    await expectUntouched(page);
  });

  it("announces that nothing matched", async () => {
    await searchByKeyboard(page, { "Nazwa, NIP, REGON lub KRS": NOTHING });
    expect((await focusMovedTo(page, SUMMARY_ID)).text).toBe("Znaleziono 0 podmiotów");
    expect(await announced(page)).toMatch(/^Brak wyników/);
  });

  it("moves focus to the error summary when a filter is invalid", async () => {
    await open(page, "/podmioty");
    await searchByKeyboard(page, { "Kod CPV lub jego początek": "abc" });
    const focused = await focusMovedTo(page, ERROR_ID);
    expect(focused.text).toContain("Nieprawidłowy filtr:");
    expect(await announced(page)).toMatch(/^Nieprawidłowy filtr: kod CPV/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("moves focus to the count after paging by keyboard", async () => {
    await open(page, "/podmioty");
    await page
      .getByRole("main")
      .getByText(/^Znaleziono/)
      .waitFor();
    await tabTo(page, /^Następna strona/, 300);
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]strona=2(&|$)/);
    const focused = await focusMovedTo(page, SUMMARY_ID);
    expect(focused.text).toMatch(/^Znaleziono \d+ podmiot(y|ów)? · strona 2 z \d+$/);
    expect(await announced(page)).toMatch(/^Znaleziono \d+ podmiot(y|ów)?, strona 2 z \d+\.$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("focus and announcement after a search, /dobre-praktyki", () => {
  it("moves focus to the count, announces it, and says when nothing matched", async () => {
    await open(page, "/dobre-praktyki");
    await searchByKeyboard(page, { "Czego szukasz?": "bezdomnosci" });
    const focused = await focusMovedTo(page, SUMMARY_ID);
    const count = countIn(focused.text);
    expect(count).toBeGreaterThan(0);
    expect(await announced(page)).toMatch(new RegExp(`^Znaleziono ${count} prakty`));
    expect(await accessibilityViolations(page)).toEqual([]);

    await searchByKeyboard(page, { "Czego szukasz?": NOTHING });
    expect((await focusMovedTo(page, SUMMARY_ID)).text).toBe("Znaleziono 0 praktyk");
    expect(await announced(page)).toBe("Brak wyników: nie znaleziono żadnych praktyk.");
  });

  it("moves focus to the error summary when the place names nothing in the region", async () => {
    await open(page, "/dobre-praktyki");
    await searchByKeyboard(page, { "Gmina lub powiat": "Zakopane" });
    const focused = await focusMovedTo(page, ERROR_ID);
    expect(focused.text).toContain("„Zakopane”");
    expect(await announced(page)).toContain("„Zakopane”");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("focus and announcement after a search, /dokumenty", () => {
  it("moves focus to the count and announces it; a fresh visit does not", async () => {
    await open(page, "/dokumenty");
    await searchByKeyboard(page, { "Szukaj w treści dokumentów": "deinstytucjonalizacji" });
    const focused = await focusMovedTo(page, SUMMARY_ID);
    const count = countIn(focused.text);
    expect(count).toBeGreaterThan(0);
    expect(await announced(page)).toMatch(new RegExp(`^Znaleziono ${count} dokument`));
    expect(await accessibilityViolations(page)).toEqual([]);

    await open(page, new URL(page.url()).pathname + new URL(page.url()).search);
    await expectUntouched(page);
  });

  it("announces that nothing matched", async () => {
    await searchByKeyboard(page, { "Szukaj w treści dokumentów": NOTHING });
    expect((await focusMovedTo(page, SUMMARY_ID)).text).toBe("Znaleziono 0 dokumentów");
    expect(await announced(page)).toBe("Brak wyników: nie znaleziono żadnych dokumentów.");
  });
});

describe("focus and announcement after a search, /szukaj", () => {
  it("moves focus to the count after a search from the header box of another page", async () => {
    await open(page, "/");
    await page.getByRole("combobox", { name: HEADER_LABEL }).focus();
    await page.keyboard.type("opieka");
    await tabTo(page, "Szukaj");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/szukaj\?q=opieka/);
    const count = countIn((await focusMovedTo(page, SUMMARY_ID)).text);
    expect(count).toBeGreaterThan(0);
    expect(await announced(page)).toMatch(new RegExp(`^Znaleziono ${count} wynik`));
  });

  it("moves focus to the count after the page's own form, and says when nothing matched", async () => {
    await open(page, "/szukaj?q=opieka");
    await expectUntouched(page);
    await searchByKeyboard(page, { "Czego szukasz?": "mieszkania wspomagane" });
    const count = countIn((await focusMovedTo(page, SUMMARY_ID)).text);
    expect(count).toBeGreaterThan(0);
    expect(await announced(page)).toMatch(new RegExp(`^Znaleziono ${count} wynik`));
    expect(await accessibilityViolations(page)).toEqual([]);

    await searchByKeyboard(page, { "Czego szukasz?": NOTHING });
    expect((await focusMovedTo(page, SUMMARY_ID)).text).toBe("Znaleziono 0 wyników");
    expect(await announced(page)).toBe("Brak wyników: nie znaleziono żadnych wyników.");
  });

  it("moves focus to the error summary when the place names nothing in the region", async () => {
    await open(page, "/szukaj?q=opieka");
    await searchByKeyboard(page, { "Gmina lub powiat": "Zakopane" });
    const focused = await focusMovedTo(page, ERROR_ID);
    expect(focused.text).toMatch(/^Nie znaleźliśmy miejsca: .*„Zakopane”/);
    expect(await announced(page)).toContain("„Zakopane”");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("focus and announcement after a search, /zakupy-prospoleczne", () => {
  it("moves focus to the count of suppliers, or to the error summary", async () => {
    await open(page, "/zakupy-prospoleczne");
    await searchByKeyboard(page, { "Kod CPV lub jego początek": "85" }, "Szukaj dostawców");
    const count = countIn((await focusMovedTo(page, SUMMARY_ID)).text);
    expect(await announced(page)).toMatch(
      count > 0 ? new RegExp(`^Znaleziono ${count} dostawc`) : /^Brak wyników/,
    );

    await searchByKeyboard(page, { "Kod CPV lub jego początek": "abc" }, "Szukaj dostawców");
    expect((await focusMovedTo(page, ERROR_ID)).text).toContain("Nieprawidłowe wyszukiwanie:");
    expect(await announced(page)).toMatch(/^Nieprawidłowe wyszukiwanie: kod CPV/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("focus and announcement after choosing an area, /gminy and /dokumenty/lpdi", () => {
  it("moves focus to the heading of the chosen area and announces what it holds", async () => {
    await open(page, "/gminy");
    await page.getByLabel("Województwo", { exact: true }).selectOption({ label: "mazowieckie" });
    await tabTo(page, "Pokaż powiaty i gminy");
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]woj=14/);
    expect((await focusMovedTo(page, "podzial")).text).toBe("Województwo mazowieckie");
    expect(await announced(page)).toMatch(/^Województwo mazowieckie: \d+ powiat(y|ów) i \d+ gmin(y)?\.$/);
    expect(await accessibilityViolations(page)).toEqual([]);

    await open(page, "/dokumenty/lpdi");
    await page.getByLabel("Pokaż dla").selectOption({ label: "powiat białostocki" });
    await tabTo(page, "Pokaż");
    await page.keyboard.press("Enter");
    await page.waitForURL(/[?&]obszar=2002/);
    expect((await focusMovedTo(page, "udzial")).text).toBe("JST z przyjętym planem — powiat białostocki");
    expect(await announced(page)).toBe("Pokazujemy JST z przyjętym planem — powiat białostocki.");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe("focus and announcement after a search, /uslugi", () => {
  it("moves focus to the count after the catalogue's form, and to the error summary for an unknown place", async () => {
    await open(page, "/uslugi");
    await expectUntouched(page);
    await searchByKeyboard(page, { "Czego szukasz?": "opieka" });
    const count = countIn((await focusMovedTo(page, SUMMARY_ID)).text);
    expect(count).toBeGreaterThan(0);
    expect(await announced(page)).toMatch(new RegExp(`^Znaleziono ${count} usług`));
    expect(await accessibilityViolations(page)).toEqual([]);

    await searchByKeyboard(page, { "Gmina lub powiat": NOTHING });
    expect((await focusMovedTo(page, ERROR_ID)).text).toMatch(/^Nie znaleźliśmy miejsca/);
    expect(await announced(page)).toMatch(/^Nie znaleźliśmy miejsca/);
  });

  it("moves focus to the results of a search from the home page's own box", async () => {
    await open(page, "/");
    await page.getByRole("main").getByRole("searchbox").first().focus();
    await page.keyboard.type("opieka");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/szukaj\?q=opieka/);
    const count = countIn((await focusMovedTo(page, SUMMARY_ID)).text);
    expect(count).toBeGreaterThan(0);
  });
});
