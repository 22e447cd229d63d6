import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubGraphql } from "../support/hub-editor";
import { createHubAccount, signInToPanel } from "../support/panel-users";

// Test files share one hub: the event here has a title and participants of its own.
const RUN = randomUUID().slice(0, 6);
const TITLE = `Superwizja w pomocy społecznej ${RUN}`;
const FIRST = {
  name: `Ewa Pierwsza ${RUN}`,
  email: `ewa-${RUN}@example.pl`,
  institution: `MOPS w Łapach ${RUN}`,
};
const SECOND = {
  name: `Jan Drugi ${RUN}`,
  email: `jan-${RUN}@example.pl`,
  institution: `GOPS w Surażu ${RUN}`,
};
const LAPY = "2002063";
const OCTET = Number.parseInt(RUN.slice(0, 2), 16);
const YEAR = new Date().getUTCFullYear() + 1;

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let eventPath: string;
let eventId: string;

async function expectAxeClean() {
  expect(await accessibilityViolations(page)).toEqual([]);
}

interface RegisterAnswer {
  register: {
    registration: { status: string; waitingListPosition: number | null } | null;
    userErrors: unknown[];
  };
}

/** An anonymous visitor's registration, from an address of its own (the API limits each address). */
async function registerAnonymously(person: typeof FIRST, address: string) {
  const { registrationConsent } = await hubGraphql<{ registrationConsent: { version: string } }>(
    hub,
    "{ registrationConsent { version } }",
  );
  const answer = await hubGraphql<RegisterAnswer>(
    hub,
    `mutation ($input: RegisterInput!) {
      register(input: $input) { registration { status waitingListPosition } userErrors { field message } }
    }`,
    {
      input: {
        eventId,
        ...person,
        role: "SOCIAL_WORKERS",
        gminaCode: LAPY,
        accessibilityNeeds: ["STEP_FREE_ACCESS"],
        consent: true,
        consentVersion: registrationConsent.version,
      },
    },
    { "x-forwarded-for": address },
  );
  expect(answer.register.userErrors).toEqual([]);
  return answer.register.registration!;
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  const editor = await createHubAccount(hub, "EDITOR", { displayName: "Ewelina Redaktorka" });
  await signInToPanel(page, hub, editor, "/panel/wydarzenia");
});

afterAll(() => session?.close());

describe("events in the panel", () => {
  it("lists events with GET filters", async () => {
    await page.goto(`${hub.siteUrl}/panel/wydarzenia?kiedy=nadchodzace&stan=PUBLISHED`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Wydarzenia");
    expect(await page.getByLabel("Termin").inputValue()).toBe("nadchodzace");
    expect(await page.getByRole("link", { name: "Nowe wydarzenie" }).getAttribute("href")).toBe(
      "/panel/wydarzenia/nowy",
    );
    await expectAxeClean();
  });

  it("refuses an event without a title at its field, then saves a draft with Warsaw times", async () => {
    await page.goto(`${hub.siteUrl}/panel/wydarzenia/nowy`);
    await expectAxeClean();
    await page.getByLabel("Rodzaj wydarzenia (wymagane)").selectOption("TRAINING");
    await page
      .getByLabel("Streszczenie (wymagane)")
      .fill("Szkolenie o superwizji dla pracowników socjalnych.");
    await page.getByLabel("Program i opis").fill("## Program\n\n- wprowadzenie\n- warsztaty");
    await page.getByLabel("Początek (wymagane)").fill(`${YEAR}-03-10T10:00`);
    await page.getByLabel("Koniec (wymagane)").fill(`${YEAR}-03-10T14:30`);
    await page.getByLabel("Nazwa miejsca").fill("Sala konferencyjna ROPS");
    await page.getByLabel("Miejscowość").fill("Łapy");
    await page.getByLabel("Kod TERYT gminy").fill(LAPY);
    await page.getByLabel("Liczba miejsc").fill("1");
    await page.getByLabel("Nazwa organizatora spoza rejestru").fill("ROPS w Białymstoku");
    await page.getByRole("checkbox", { name: "pracownicy socjalni" }).check();
    await page.getByRole("button", { name: "Zapisz szkic" }).click();

    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Tytuł");
    const title = page.getByLabel("Tytuł (wymagane)");
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await title.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`#${describedBy.split(" ").at(-1)}`).textContent()).toContain(
      "nie może być puste",
    );
    expect(await page.getByLabel("Początek (wymagane)").inputValue()).toBe(`${YEAR}-03-10T10:00`);
    await expectAxeClean();

    await title.fill(TITLE);
    await page.getByRole("button", { name: "Zapisz szkic" }).click();
    await page.waitForURL(/\/panel\/wydarzenia\/[^/]+\?zapisano=szkic$/);
    eventPath = new URL(page.url()).pathname;
    eventId = decodeURIComponent(eventPath.split("/").at(-1)!);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.getByRole("list", { name: "Stan rekordu" }).first().textContent()).toContain("szkic");
    // Warsaw wall-clock time went in and comes back unchanged (the API stores UTC).
    expect(await page.getByLabel("Początek (wymagane)").inputValue()).toBe(`${YEAR}-03-10T10:00`);
    expect(await page.getByLabel("Koniec (wymagane)").inputValue()).toBe(`${YEAR}-03-10T14:30`);
    expect(await page.locator("#podglad").textContent()).toBe("Podgląd szkicu");
    await expectAxeClean();
  });

  it("publishes the event, which the public calendar then shows", async () => {
    await page.goto(`${hub.siteUrl}${eventPath}`);
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await page.getByText("Opublikowano.").waitFor();
    const publicLink = page.getByRole("link", { name: "Zobacz rekord w serwisie publicznym" });
    await publicLink.waitFor();
    const publicPath = (await publicLink.getAttribute("href"))!;
    expect(publicPath).toMatch(/^\/wydarzenia\/superwizja-w-pomocy-spolecznej-/);
    await expectAxeClean();

    await page.goto(`${hub.siteUrl}${publicPath}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(TITLE);
  });

  it("lists registrations; cancelling one moves the waiting list up", async () => {
    expect(await registerAnonymously(FIRST, `10.77.${OCTET}.1`)).toEqual({
      status: "CONFIRMED",
      waitingListPosition: null,
    });
    expect(await registerAnonymously(SECOND, `10.77.${OCTET}.2`)).toEqual({
      status: "WAITING_LIST",
      waitingListPosition: 1,
    });

    await page.goto(`${hub.siteUrl}${eventPath}/zgloszenia`);
    const table = page.getByRole("table", { name: /Zgłoszenia/ });
    const firstRow = table.getByRole("row", { name: new RegExp(FIRST.name) });
    const secondRow = table.getByRole("row", { name: new RegExp(SECOND.name) });
    expect(await firstRow.textContent()).toContain("potwierdzone");
    expect(await firstRow.textContent()).toContain("dostęp bez schodów i progów");
    expect(await secondRow.textContent()).toContain("lista rezerwowa");
    expect(await page.getByRole("table", { name: /według instytucji/ }).textContent()).toContain(
      FIRST.institution,
    );
    await expectAxeClean();

    await page
      .getByRole("button", { name: new RegExp(`^Anuluj zgłoszenie\\s*\\(${FIRST.name}\\)$`) })
      .click();
    await page.getByText("Anulowano zgłoszenie.").waitFor();
    expect(await table.getByRole("row", { name: new RegExp(FIRST.name) }).textContent()).toContain(
      "anulowane",
    );
    expect(await table.getByRole("row", { name: new RegExp(SECOND.name) }).textContent()).toContain(
      "potwierdzone",
    );
    const byInstitution = await page.getByRole("table", { name: /według instytucji/ }).textContent();
    expect(byInstitution).toContain(SECOND.institution);
    expect(byInstitution).not.toContain(FIRST.institution);
    await expectAxeClean();
  });

  it("downloads the attendance list for the editor only", async () => {
    const csvPath = `${eventPath}/zgloszenia/lista.csv`;
    expect(
      await page.getByRole("link", { name: "Pobierz listę uczestników (CSV)" }).getAttribute("href"),
    ).toBe(csvPath);
    const response = await page.request.get(`${hub.siteUrl}${csvPath}`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const [header, ...rows] = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(header).toContain("Imię i nazwisko;E-mail;Instytucja");
    expect(rows).toHaveLength(2);
    expect(rows.join("\n")).toContain(FIRST.email);
    expect(rows.join("\n")).toContain(SECOND.email);

    const anonymous = await fetch(`${hub.siteUrl}${csvPath}`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).not.toContain(FIRST.email);
  });
});
