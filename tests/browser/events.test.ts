import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubGraphql, signInHubEditor } from "../support/hub-editor";
import { tabTo, tabUntil } from "../support/keyboard";

// Test files share one hub: this file creates and publishes its own events through the API, with
// a run-specific slug, 20 days ahead (Warsaw wall-clock times, as the editors' form sends them).
const RUN = randomUUID().slice(0, 6);
const DAY = new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);
const MONTH = DAY.slice(0, 7);
const OPEN = { slug: `szkolenie-lpdi-${RUN}`, title: `Szkolenie z LPDI ${RUN}`, capacity: 5 };
const SMALL = { slug: `superwizja-${RUN}`, title: `Superwizja w małej grupie ${RUN}`, capacity: 1 };
const CONSENT_LABEL = /^Wyrażam zgodę na przetwarzanie moich danych osobowych/;

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

async function createPublishedEvent(headers: Record<string, string>, event: typeof OPEN) {
  const { createEvent } = await hubGraphql<{
    createEvent: { event: { id: string } | null; userErrors: unknown[] };
  }>(
    hub,
    `mutation ($input: EventInput!) { createEvent(input: $input) { event { id } userErrors { field message } } }`,
    {
      input: {
        kind: "TRAINING",
        slug: event.slug,
        title: event.title,
        summary: "Jak przygotować lokalny plan deinstytucjonalizacji.",
        descriptionMarkdown: "## Program\n\n- wykład\n- warsztaty",
        audiences: ["SOCIAL_WORKERS"],
        topics: ["LPDI"],
        startsAt: `${DAY}T10:00`,
        endsAt: `${DAY}T14:00`,
        venue: {
          name: "Sala konferencyjna",
          streetAddress: "ul. Główna 1",
          postalCode: "18-100",
          city: "Łapy",
          gminaCode: "2002063",
          latitude: 52.9906,
          longitude: 22.8811,
        },
        capacity: event.capacity,
        organizerName: "ROPS w Białymstoku",
      },
    },
    headers,
  );
  if (!createEvent.event) throw new Error(JSON.stringify(createEvent.userErrors));
  await hubGraphql(
    hub,
    `mutation ($id: ID!) { publishEvent(id: $id) { userErrors { message } } }`,
    { id: createEvent.event.id },
    headers,
  );
}

async function counts(slug: string) {
  const { event } = await hubGraphql<{ event: { confirmedCount: number; waitingListCount: number } }>(
    hub,
    "query ($slug: String!) { event(slug: $slug) { confirmedCount waitingListCount } }",
    { slug },
  );
  return event;
}

/** Fills the form with the mouse-free shortcuts of Playwright (used where the keyboard is not the point). */
async function fillRegistration(target: Page, email: string, options: { consent: boolean }) {
  await target.getByLabel("Imię i nazwisko (wymagane)", { exact: true }).fill("Jan Kowalski");
  await target.getByLabel("Adres e-mail (wymagane)", { exact: true }).fill(email);
  await target.getByLabel("Instytucja (wymagane)", { exact: true }).fill("GOPS w Turośni Kościelnej");
  await target.getByLabel("Twoja rola (wymagane)", { exact: true }).selectOption("JST_STAFF");
  if (options.consent) await target.getByLabel(CONSENT_LABEL).check();
  await target.getByRole("button", { name: /^Zapisz się/ }).click();
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  // The API limits registrations per client address; this file's browser has an address of its own.
  await session.context.setExtraHTTPHeaders({
    "x-forwarded-for": `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  const editor = await signInHubEditor(hub);
  await createPublishedEvent(editor, OPEN);
  await createPublishedEvent(editor, SMALL);
});

afterAll(() => session?.close());

describe("events /wydarzenia", () => {
  it("lists upcoming events with their registration state in words, in the main navigation", async () => {
    await page.goto(`${hub.siteUrl}/wydarzenia?obszar=2002063`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Wydarzenia");
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual(["Wydarzenia"]);
    const card = page.getByRole("article", { name: OPEN.title });
    expect(await card.locator("dd").allTextContents()).toEqual([
      expect.stringMatching(/^\d{1,2} \S+ \d{4}, 10:00–14:00$/),
      "Sala konferencyjna, ul. Główna 1, 18-100 Łapy",
      "zapisy otwarte — 5 wolnych miejsc",
    ]);
    expect(await page.locator("#wyniki-podsumowanie").textContent()).toMatch(/^Znaleziono \d+ wydarze/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a month as an accessible table, navigable by month, and as a list of days on a phone", async () => {
    await page.goto(`${hub.siteUrl}/wydarzenia?widok=kalendarz&miesiac=${MONTH}`);
    const table = page.locator("table.event-calendar__grid");
    expect(await table.locator("caption").textContent()).toMatch(/^Wydarzenia w miesiącu: \S+ \d{4}$/);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(7);
    expect(await table.getByRole("link", { name: new RegExp(OPEN.title) }).count()).toBe(1);
    expect(await page.locator('.view-switch a[aria-current="page"]').textContent()).toBe("Kalendarz");
    expect(await accessibilityViolations(page)).toEqual([]);

    const caption = await table.locator("caption").textContent();
    await page.getByRole("link", { name: "Następny miesiąc" }).click();
    await page.waitForURL(/miesiac=/);
    expect(await page.locator("table.event-calendar__grid caption").textContent()).not.toBe(caption);
    await page.getByRole("link", { name: "Poprzedni miesiąc" }).click();
    await page.waitForURL(new RegExp(`miesiac=${MONTH}`));

    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await table.isVisible()).toBe(false);
    expect(
      await page
        .locator(".event-calendar__list")
        .getByRole("link", { name: new RegExp(OPEN.title) })
        .isVisible(),
    ).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it("registers with the keyboard alone and ends on the confirmation with the private link", async () => {
    await page.goto(`${hub.siteUrl}/wydarzenia/${OPEN.slug}`);
    expect(await page.locator('script[type="application/ld+json"]').textContent()).toContain(
      '"@type":"Event"',
    );
    const ics = await fetch(`${hub.siteUrl}/wydarzenia/kalendarz.ics?wydarzenie=${OPEN.slug}`);
    expect(ics.headers.get("content-type")).toMatch(/^text\/calendar/);
    expect(await ics.text()).toContain(`SUMMARY:${OPEN.title}`);
    expect(
      await page.getByRole("link", { name: "Dodaj do kalendarza (plik .ics)" }).getAttribute("href"),
    ).toBe(`/wydarzenia/kalendarz.ics?wydarzenie=${OPEN.slug}`);
    await tabTo(page, "Imię i nazwisko (wymagane)", 150);
    await page.keyboard.type("Anna Nowak");
    await page.keyboard.press("Tab");
    await page.keyboard.type(`anna.${RUN}@example.pl`);
    await page.keyboard.press("Tab");
    await page.keyboard.type("MOPS w Łapach");
    await tabUntil(page, "#zapis-role");
    await page.keyboard.type("pracownicy");
    await tabUntil(page, "#zapis-need-STEP_FREE_ACCESS");
    await page.keyboard.press("Space");
    await tabTo(page, CONSENT_LABEL);
    await page.keyboard.press("Space");
    await tabTo(page, "Zapisz się");
    await page.keyboard.press("Enter");

    const heading = page.getByRole("heading", { name: "Zapis potwierdzony" });
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Zapis potwierdzony");
    const link = await page.locator(".event-confirmation__link").getAttribute("href");
    expect(link).toMatch(/\/wydarzenia\/rezygnacja\?token=[\w-]{20,}&wydarzenie=/);
    expect(page.url()).not.toContain("token");
    expect(await counts(OPEN.slug)).toEqual({ confirmedCount: 1, waitingListCount: 0 });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("refuses a missing consent and a duplicate e-mail at their fields", async () => {
    await page.goto(`${hub.siteUrl}/wydarzenia/${OPEN.slug}`);
    await fillRegistration(page, `jan.${RUN}@example.pl`, { consent: false });
    await page.locator(".error-summary").waitFor();
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("error-summary");
    expect(await page.locator("#zapis-consent-error").textContent()).toContain(
      "Aby się zapisać, zaznacz zgodę na przetwarzanie danych.",
    );
    expect(await page.getByLabel(CONSENT_LABEL).getAttribute("aria-describedby")).toContain(
      "zapis-consent-error",
    );
    expect(await page.getByLabel("Adres e-mail (wymagane)", { exact: true }).inputValue()).toBe(
      `jan.${RUN}@example.pl`,
    );
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${hub.siteUrl}/wydarzenia/${OPEN.slug}`);
    await fillRegistration(page, `anna.${RUN}@example.pl`, { consent: true });
    await page.locator("#zapis-email-error").waitFor();
    expect(await page.locator("#zapis-email-error").textContent()).toContain(
      "Ten adres e-mail jest już zapisany na to wydarzenie.",
    );
    expect(
      await page.getByLabel("Adres e-mail (wymagane)", { exact: true }).getAttribute("aria-invalid"),
    ).toBe("true");
    expect(await counts(OPEN.slug)).toEqual({ confirmedCount: 1, waitingListCount: 0 });
  });

  it("puts the next person on a full event's waiting list, and a cancellation frees the place", async () => {
    await page.goto(`${hub.siteUrl}/wydarzenia/${SMALL.slug}`);
    await fillRegistration(page, `pierwsza.${RUN}@example.pl`, { consent: true });
    await page.getByRole("heading", { name: "Zapis potwierdzony" }).waitFor();
    const cancelLink = await page.locator(".event-confirmation__link").getAttribute("href");

    await page.goto(`${hub.siteUrl}/wydarzenia/${SMALL.slug}`);
    expect(await page.locator(".event-registration").textContent()).toContain(
      "Wszystkie miejsca są zajęte. Możesz zapisać się na listę rezerwową",
    );
    await fillRegistration(page, `druga.${RUN}@example.pl`, { consent: true });
    await page.getByRole("heading", { name: "Jesteś na liście rezerwowej" }).waitFor();
    expect(await page.locator(".event-confirmation").textContent()).toContain(
      "Twoje miejsce na liście rezerwowej: 1.",
    );
    expect(await counts(SMALL.slug)).toEqual({ confirmedCount: 1, waitingListCount: 1 });

    // Opening the link cancels nothing; the button does.
    await page.goto(cancelLink!);
    expect(await page.locator(".event-cancel dd").textContent()).toContain(SMALL.title);
    expect(await counts(SMALL.slug)).toEqual({ confirmedCount: 1, waitingListCount: 1 });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Rezygnuję z udziału" }).click();
    await page.getByRole("heading", { name: "Zrezygnowano z udziału" }).waitFor();
    expect(await counts(SMALL.slug)).toEqual({ confirmedCount: 1, waitingListCount: 0 });
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(cancelLink!);
    await page.getByRole("button", { name: "Rezygnuję z udziału" }).click();
    await page.getByText("Ten zapis został już wcześniej anulowany.").waitFor();
  });

  it("is translated at /en/wydarzenia", async () => {
    await page.goto(`${hub.siteUrl}/en/wydarzenia?obszar=2002063`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Events");
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual(["Events"]);
    const card = page.getByRole("article", { name: OPEN.title });
    expect(await card.locator("dd").last().textContent()).toBe("registration open — 4 places left");
    await page.goto(`${hub.siteUrl}/en/wydarzenia/${OPEN.slug}`);
    expect(await page.getByRole("heading", { name: "Register" }).count()).toBe(1);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
