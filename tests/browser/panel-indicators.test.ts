import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { createHubAccount, signInToPanel } from "../support/panel-users";

// Test files share one hub: the indicator here has a code of its own.
const CODE = `OZPS_KLUBY_${randomUUID().slice(0, 6).toUpperCase()}`;
const NAME = `Kluby seniora ${CODE}`;
const BIALYSTOK = "2061";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;

async function expectAxeClean() {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The error text bound to a field by aria-describedby. */
async function errorOf(label: string) {
  const describedBy = await page.getByLabel(label, { exact: true }).getAttribute("aria-describedby");
  const errorId = describedBy?.split(" ").find((id) => id.endsWith("-error"));
  return errorId ? page.locator(`#${errorId}`).textContent() : null;
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  const editor = await createHubAccount(hub, "EDITOR", { displayName: "Marta Analityczka" });
  await signInToPanel(page, hub, editor, "/panel/wskazniki");
});

afterAll(() => session?.close());

describe("indicators in the panel", () => {
  it("defines an indicator: a taken code is refused at its field, a new one is saved", async () => {
    await page.getByRole("link", { name: "Nowy wskaźnik" }).click();
    await page.getByRole("heading", { level: 1, name: "Nowy wskaźnik" }).waitFor();
    await expectAxeClean();
    await page.getByLabel("Kod (wymagane)").fill("WPRES_PES_NA_10K");
    await page.getByLabel("Nazwa (wymagane)").fill(NAME);
    await page.getByLabel("Program (wymagane)").selectOption("OZPS");
    await page.getByLabel("Jednostka miary (wymagane)").fill("liczba");
    await page.getByLabel("Kierunek (wymagane)").selectOption("HIGHER_IS_BETTER");
    await page.getByRole("button", { name: "Zapisz wskaźnik" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await errorOf("Kod (wymagane)")).toContain("ma już inny wskaźnik");
    await expectAxeClean();

    await page.getByLabel("Kod (wymagane)").fill(CODE);
    await page.getByRole("button", { name: "Zapisz wskaźnik" }).click();
    await page.getByRole("heading", { level: 1, name: NAME }).waitFor();
    expect(page.url()).toContain(`/panel/wskazniki/${CODE}?zapisano=szkic`);
    expect(await page.getByRole("status").filter({ hasText: "Zapisano nowy wskaźnik" }).count()).toBe(1);
    await expectAxeClean();
  });

  it("adds a value written the Polish way, refuses an unknown unit, and deletes the value", async () => {
    await page.getByLabel("Jednostka (kod TERYT) (wymagane)").fill("2099");
    await page.getByLabel("Rok (wymagane)").fill("2024");
    await page.getByLabel("Wartość (liczba) (wymagane)").fill("12,5");
    await page.getByRole("button", { name: "Zapisz wartość" }).click();
    await page.locator(".error-summary").waitFor();
    expect(await errorOf("Jednostka (kod TERYT) (wymagane)")).toContain("nie ma takiej jednostki");

    await page.getByLabel("Jednostka (kod TERYT) (wymagane)").fill(BIALYSTOK);
    await page.getByRole("button", { name: "Zapisz wartość" }).click();
    await page.getByText(`Zapisano wartość za 2024 r. dla jednostki ${BIALYSTOK}.`).waitFor();

    await page.getByLabel("Pokaż wartości jednostki (kod TERYT)").fill(BIALYSTOK);
    await page.getByRole("button", { name: "Pokaż", exact: true }).click();
    const table = page.getByRole("table", { name: /Wartości: Białystok/ });
    await table.waitFor();
    expect(await table.getByRole("row", { name: /2024/ }).textContent()).toContain("12,5");
    await expectAxeClean();

    await table.getByRole("button", { name: "Usuń wartość za 2024 r." }).click();
    await page.getByText("Usunięto wartość za 2024 r.").waitFor();
    expect(await page.getByText("Jednostka Białystok nie ma jeszcze wartości tego wskaźnika.").count()).toBe(
      1,
    );
  });

  it("changes the definition, shown on the public data page and in the audit log", async () => {
    await page.getByLabel("Sposób obliczania").fill("Kluby działające na koniec roku.");
    await page.getByRole("button", { name: "Zapisz zmiany" }).click();
    await page.getByText("Zapisano zmiany.").waitFor();

    const publicPage = await fetch(`${hub.siteUrl}/dane?wskaznik=${CODE}`);
    expect(await publicPage.text()).toContain(NAME);

    await page.goto(`${hub.siteUrl}/panel/dziennik?typ=IndicatorValue`);
    const log = await page.locator("main").textContent();
    expect(log).toContain("dodano wartość wskaźnika");
    expect(log).toContain("usunięto wartość wskaźnika");
    await page.goto(`${hub.siteUrl}/panel/dziennik?typ=Indicator`);
    expect(await page.locator("main").textContent()).toContain(CODE);
    await expectAxeClean();
  });
});
