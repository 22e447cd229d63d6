import { randomUUID } from "node:crypto";
import { writeTextPdf } from "@obserwatorium/server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { createHubAccount, signInToPanel, type PanelAccount } from "../support/panel-users";

// Test files share one hub: every record here has a title of its own.
const RUN = randomUUID().slice(0, 6);
const SERVICE_TITLE = `Klub Seniora „Pod Lipą” ${RUN}`;
const DOCUMENT_TITLE = `Sprawozdanie z monitoringu ${RUN}`;
const LAPY = "2002063";
const PDF_TEXT = `Sprawozdanie z realizacji programu ${RUN}: liczba przedsiębiorstw społecznych wzrosła.`;

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let editor: PanelAccount;
let servicePath: string;

const todayInPolish = () =>
  new Intl.DateTimeFormat("pl-PL", { dateStyle: "long", timeZone: "Europe/Warsaw" }).format(new Date());

async function expectAxeClean() {
  expect(await accessibilityViolations(page)).toEqual([]);
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  editor = await createHubAccount(hub, "EDITOR", { displayName: "Tomasz Redaktor" });
  await signInToPanel(page, hub, editor, "/panel/uslugi");
});

afterAll(() => session?.close());

describe("services in the panel", () => {
  it("lists services with a GET search and a state filter", async () => {
    await page.goto(`${hub.siteUrl}/panel/uslugi?stan=DRAFT`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Usługi");
    expect(await page.getByLabel("Stan", { exact: true }).inputValue()).toBe("DRAFT");
    const states = await page.getByRole("list", { name: "Stan rekordu" }).allTextContents();
    expect(states.length).toBeGreaterThan(0);
    expect(states.every((state) => state.includes("szkic"))).toBe(true);
    await expectAxeClean();
  });

  it("shows the API's refusal at the field left empty, then saves a draft", async () => {
    await page.goto(`${hub.siteUrl}/panel/uslugi/nowy`);
    await expectAxeClean();
    await page.getByLabel("Rodzaj usługi (wymagane)").selectOption("SENIOR_CLUB");
    await page.getByLabel("Opis (wymagane)").fill("Spotkania, zajęcia ruchowe i rękodzieło dla seniorów.");
    await page.getByLabel("Jak skorzystać (wymagane)").fill("Przyjdź w godzinach otwarcia albo zadzwoń.");
    await page.getByLabel("Obszar działania (kody TERYT)").fill(LAPY);
    const place = page.getByRole("group", { name: "Miejsce 1" });
    await place.getByLabel("Ulica i numer").fill("ul. Główna 1");
    await place.getByLabel("Kod pocztowy").fill("18-100");
    await place.getByLabel("Miejscowość").fill("Łapy");
    await place.getByLabel("Kod TERYT gminy").fill(LAPY);
    await place.getByLabel("Miejsce 1: poniedziałek, otwarcie").fill("10:00");
    await place.getByLabel("Miejsce 1: poniedziałek, zamknięcie").fill("14:00");
    await page.getByRole("button", { name: "Zapisz szkic" }).click();

    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Nazwa usługi");
    const title = page.getByLabel("Nazwa usługi (wymagane)");
    expect(await title.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await title.getAttribute("aria-describedby")) ?? "";
    expect(await page.locator(`#${describedBy.split(" ").at(-1)}`).textContent()).toContain(
      "nie może być puste",
    );
    // What was typed is kept.
    expect(await page.getByLabel("Opis (wymagane)").inputValue()).toContain("Spotkania");
    expect(await page.getByLabel("Miejsce 1: poniedziałek, otwarcie").inputValue()).toBe("10:00");
    await expectAxeClean();

    await title.fill(SERVICE_TITLE);
    await page.getByRole("button", { name: "Zapisz szkic" }).click();
    await page.waitForURL(/\/panel\/uslugi\/[^/]+\?zapisano=szkic$/);
    servicePath = new URL(page.url()).pathname;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(SERVICE_TITLE);
    expect(await page.getByRole("list", { name: "Stan rekordu" }).first().textContent()).toContain("szkic");
    expect(await page.locator("#podglad").textContent()).toBe("Podgląd szkicu");
    expect(await page.getByLabel("Miejsce 1: poniedziałek, zamknięcie").inputValue()).toBe("14:00");
    await expectAxeClean();
  });

  it("publishes the draft, which the public page then shows", async () => {
    await page.goto(`${hub.siteUrl}${servicePath}`);
    await page.getByRole("button", { name: "Opublikuj" }).click();
    await page.getByText("Opublikowano.").waitFor();
    const publicLink = page.getByRole("link", { name: "Zobacz rekord w serwisie publicznym" });
    await publicLink.waitFor();
    const publicPath = (await publicLink.getAttribute("href"))!;
    expect(publicPath).toMatch(/^\/uslugi\/klub-seniora-pod-lipa-/);
    await expectAxeClean();

    await page.goto(`${hub.siteUrl}${publicPath}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain(SERVICE_TITLE);
  });

  it("marks the data verified today", async () => {
    await page.goto(`${hub.siteUrl}${servicePath}`);
    const verification = page.getByRole("region", { name: "Aktualność danych" });
    expect(await verification.textContent()).toContain("Dane nie zostały jeszcze sprawdzone.");
    await verification.getByRole("button", { name: "Oznacz jako sprawdzone dziś" }).click();
    await verification.getByText("podaj, jak sprawdzono dane").first().waitFor();
    await verification.getByLabel("Jak sprawdzono dane (wymagane)").fill("telefon do klubu");
    await verification.getByRole("button", { name: "Oznacz jako sprawdzone dziś" }).click();
    await verification.getByText(`Ostatnio sprawdzono: ${todayInPolish()} (telefon do klubu).`).waitFor();
    await expectAxeClean();
  });
});

describe("documents in the panel", () => {
  it("creates a document, uploads its PDF and shows the text read from it; refuses a non-PDF at the file field", async () => {
    await page.goto(`${hub.siteUrl}/panel/dokumenty/nowy`);
    await expectAxeClean();
    await page.getByLabel("Tytuł (wymagane)").fill(DOCUMENT_TITLE);
    await page.getByLabel("Rodzaj dokumentu (wymagane)").selectOption("WPRES_MONITORING");
    await page.getByLabel("Etap (wymagane)").selectOption("ADOPTED");
    await page.getByLabel("Organ, który przyjął dokument").fill("Zarząd Województwa Podlaskiego");
    await page.getByLabel("Data przyjęcia").fill("2025-04-15");
    await page.getByLabel("Kod TERYT jednostki").fill("20");
    await page.getByRole("button", { name: "Zapisz szkic" }).click();
    await page.waitForURL(/\/panel\/dokumenty\/[^/]+\?zapisano=szkic$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(DOCUMENT_TITLE);
    expect(await page.getByRole("region", { name: "Pliki" }).textContent()).toContain(
      "nie ma jeszcze plików",
    );

    const pdf = Buffer.from(await writeTextPdf(DOCUMENT_TITLE, [PDF_TEXT, "Strona druga."]));
    await page.getByLabel("Plik PDF (wymagane)").setInputFiles({
      name: "sprawozdanie.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await page.getByRole("button", { name: "Wyślij plik" }).click();
    const confirmation = page.getByRole("status").filter({ hasText: "Dodano plik sprawozdanie.pdf" });
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain("odczytano warstwę tekstową");
    const files = page.getByRole("region", { name: "Pliki" });
    await files.getByText(PDF_TEXT).waitFor();
    expect(await files.textContent()).toContain("stron: 2");
    await expectAxeClean();

    await page.getByLabel("Plik PDF (wymagane)").setInputFiles({
      name: "notatka.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("To nie jest PDF."),
    });
    await page.getByRole("button", { name: "Wyślij plik" }).click();
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    const field = page.getByLabel("Plik PDF (wymagane)");
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    const errorId = ((await field.getAttribute("aria-describedby")) ?? "").split(" ").at(-1);
    expect(await page.locator(`#${errorId}`).textContent()).toContain("To nie jest plik PDF");
    await expectAxeClean();
  });
});

describe("other content sections", () => {
  it("lists documents and good practices, offers the good-practice form and the indicator import", async () => {
    for (const [path, heading] of [
      ["/panel/dokumenty", "Dokumenty"],
      ["/panel/dobre-praktyki", "Dobre praktyki"],
      ["/panel/dobre-praktyki/nowy", "Nowa dobra praktyka"],
      ["/panel/wskazniki", "Wskaźniki"],
    ]) {
      await page.goto(`${hub.siteUrl}${path!}`);
      expect(await page.getByRole("heading", { level: 1 }).textContent(), path).toBe(heading);
      await expectAxeClean();
    }
    expect(await page.getByRole("table", { name: /Wskaźniki obserwatorium/ }).count()).toBe(1);
  });
});

describe("archiving", () => {
  it("archives the service: the panel keeps it, the public page no longer shows it", async () => {
    await page.goto(`${hub.siteUrl}${servicePath}`);
    const publicPath = await page
      .getByRole("link", { name: "Zobacz rekord w serwisie publicznym" })
      .getAttribute("href");
    await page.getByRole("button", { name: "Przenieś do archiwum" }).click();
    await page.getByText("Przeniesiono do archiwum.").waitFor();
    await page.goto(`${hub.siteUrl}${servicePath}`);
    expect(await page.getByRole("list", { name: "Stan rekordu" }).first().textContent()).toContain(
      "w archiwum",
    );
    await expectAxeClean();

    await page.goto(`${hub.siteUrl}/panel/uslugi?stan=ARCHIVED`);
    expect(await page.getByRole("table").textContent()).toContain(SERVICE_TITLE);

    const response = await fetch(`${hub.siteUrl}${publicPath}`);
    expect(response.status).toBe(404);
  });
});
