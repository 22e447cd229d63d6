import "reflect-metadata";
import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrm } from "@obserwatorium/server";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { createHubAccount, signInToPanel, type PanelAccount } from "../support/panel-users";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let editor: PanelAccount;

// Test files share one hub: every service this file makes has the marker in its title.
const MARKER = `Import ${randomUUID().slice(0, 8)}`;
const HEADER = "title;description;serviceType;costKind;howToApply;deliveryModes;areaCodes";
const VALID_CSV = [
  HEADER,
  `${MARKER} obiady;Ciepły posiłek w stołówce.;MEALS;FREE;Zadzwoń do OPS.;ON_SITE;2061011`,
  `${MARKER} pralnia;Pranie dla seniorów.;CARE_SERVICES;FREE;Zgłoś się w OPS.;AT_HOME|ON_SITE;2061|2002`,
].join("\r\n");
// Line 3 has no description (a required column) and an area code of 5 digits, which no TERYT unit has.
const BAD_CSV = [
  HEADER,
  `${MARKER} dobre;Opis.;MEALS;FREE;Zadzwoń.;ON_SITE;2061`,
  `${MARKER} złe;;NO_SUCH_TYPE;FREE;Zadzwoń.;ON_SITE;12345`,
].join("\n");

/** Records with this file's marker in the hub's database, with their publication states. */
async function markedRecords(table: "service" | "organization", column: "title" | "name") {
  const orm = await createOrm({ databaseUrl: hub.databaseUrl(), poolMax: 1 });
  try {
    const rows = await orm.em
      .getConnection()
      .execute<{ state: string }[]>(
        `select publication_state as state from ${table} where ${column} like ?`,
        [`${MARKER}%`],
      );
    return rows.map((row) => row.state);
  } finally {
    await orm.close(true);
  }
}

const markedServices = () => markedRecords("service", "title");

async function checkFile(csv: string | Buffer, name = "uslugi.csv") {
  await page.getByLabel("Plik CSV").setInputFiles({
    name,
    mimeType: "text/csv",
    buffer: typeof csv === "string" ? Buffer.from(csv, "utf8") : csv,
  });
  await page.getByRole("button", { name: "Sprawdź plik (nic nie zapisuje)" }).click();
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  editor = await createHubAccount(hub, "EDITOR", { displayName: "Irena Importerka" });
  await signInToPanel(page, hub, editor, "/panel/import");
});

afterAll(() => session?.close());

describe("CSV import in the panel", () => {
  it("documents the columns of each import and offers the API's template", async () => {
    expect(new URL(page.url()).pathname).toBe("/panel/import");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Import CSV");
    // After the sign-in's client-side redirect the router sets the title a moment after the page shows.
    await expect.poll(() => page.title()).toContain("Import CSV");
    const columns = page.getByRole("table", { name: "Kolumny importu usług" });
    expect(await columns.getByRole("rowheader").allTextContents()).toContain("serviceType");
    expect(await page.getByLabel("Plik CSV").getAttribute("accept")).toBe(".csv,text/csv");
    expect(await accessibilityViolations(page)).toEqual([]);

    const template = await fetch(`${hub.siteUrl}/panel/import/szablon/uslugi`);
    expect(template.status).toBe(200);
    expect(template.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await template.arrayBuffer());
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text.split(/\r?\n/)[0]).toMatch(/^\uFEFFtitle;slug;description;serviceType;/);
    expect((await fetch(`${hub.siteUrl}/panel/import/szablon/nic`)).status).toBe(404);

    await page
      .getByRole("navigation", { name: "Co importujesz" })
      .getByRole("link", { name: "Podmioty" })
      .click();
    await page.waitForURL(/rodzaj=podmioty/);
    const organizationColumns = page.getByRole("table", { name: "Kolumny importu podmiotów" });
    expect(await organizationColumns.getByRole("rowheader").allTextContents()).toContain("nip");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("reports the bad lines of an organizations file and writes nothing", async () => {
    await page.goto(`${hub.siteUrl}/panel/import?rodzaj=podmioty`);
    await checkFile(
      [
        "name;legalForm;pesType;nip;streetAddress;postalCode;city;gminaCode",
        `${MARKER} spółdzielnia;NO_SUCH_FORM;PES;;ul. Lipowa 1;15-427;Białystok;2061011`,
      ].join("\n"),
      "podmioty.csv",
    );
    await page.locator(".error-summary").waitFor();
    const problems = page.getByRole("table", { name: /Błędy w pliku/ });
    expect(await problems.getByRole("rowheader").allTextContents()).toContain("2");
    expect(await problems.locator("tbody td:first-of-type").allTextContents()).toContain("legalForm");
    expect(await markedRecords("organization", "name")).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("refuses a file that is not UTF-8 at the file field", async () => {
    await page.goto(`${hub.siteUrl}/panel/import?rodzaj=uslugi`);
    // "Żłobek;opis" in Windows-1250, as a spreadsheet with Polish settings saves a plain CSV.
    await checkFile(
      Buffer.from([0xaf, 0xb3, 0x6f, 0x62, 0x65, 0x6b, 0x3b, 0x6f, 0x70, 0x69, 0x73]),
      "cp1250.csv",
    );
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("UTF-8");
    const file = page.getByLabel("Plik CSV");
    expect(await file.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await file.getAttribute("aria-describedby"))!.split(" ");
    const errorId = describedBy.find((id) => id.endsWith("-error"))!;
    expect(await page.locator(`#${errorId}`).textContent()).toContain("nie jest zapisany w kodowaniu UTF-8");
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("reports the bad lines of a file with their columns, and writes nothing", async () => {
    await page.goto(`${hub.siteUrl}/panel/import?rodzaj=uslugi`);
    expect(await markedServices()).toEqual([]);
    await checkFile(BAD_CSV);
    const summary = page.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("nic nie zapisano");
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const problems = page.getByRole("table", { name: /Błędy w pliku/ });
    const rows = await problems
      .locator("tbody tr")
      .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent)));
    expect(rows.map(([line, column]) => `${line}:${column}`).sort()).toEqual([
      "3:areaCodes",
      "3:description",
      "3:serviceType",
    ]);
    expect(await page.getByRole("button", { name: /Zaimportuj/ }).count()).toBe(0);
    expect(await markedServices()).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("dry-runs a valid file, then imports it as drafts with a progress indicator and links to the records", async () => {
    await page.goto(`${hub.siteUrl}/panel/import?rodzaj=uslugi`);
    await checkFile(VALID_CSV);
    const checked = page.locator(".notice--success");
    await checked.waitFor();
    expect(await checked.textContent()).toContain(
      "Plik jest poprawny: 2 wiersze bez błędów (do utworzenia: 2",
    );
    const planned = page.getByRole("table", { name: "Co zrobi import usług" });
    expect(await planned.locator("tbody td:first-of-type").allTextContents()).toEqual([
      "do utworzenia",
      "do utworzenia",
    ]);
    expect(await markedServices()).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    // The API answers at once on this machine: hold the import's request back to see the progress.
    let releaseImport!: () => void;
    const held = new Promise<void>((resolve) => (releaseImport = resolve));
    await page.route(`${hub.siteUrl}/panel/import**`, async (route) => {
      if (route.request().method() === "POST") await held;
      await route.continue();
    });
    await page.getByRole("button", { name: "Zaimportuj 2 wiersze" }).click();
    const applyForm = page.locator("form.import-apply");
    await page.waitForSelector("form.import-apply[aria-busy='true']");
    expect(await applyForm.getByRole("status").textContent()).toBe("Importowanie… 2 wiersze");
    expect(await applyForm.locator("progress").count()).toBe(1);
    releaseImport();

    const result = page.locator(".notice--success").filter({ hasText: "Zaimportowano" });
    await result.waitFor();
    await page.unroute(`${hub.siteUrl}/panel/import**`);
    expect(await result.textContent()).toContain("Zaimportowano 2 wiersze: utworzono 2");
    expect(await markedServices()).toEqual(["DRAFT", "DRAFT"]);
    const imported = page.getByRole("table", { name: "Zaimportowane rekordy (usługi)" });
    const links = await imported
      .getByRole("link")
      .evaluateAll((anchors) => anchors.map((a) => [a.textContent, a.getAttribute("href")]));
    expect(links).toEqual([
      [`${MARKER} obiady`, expect.stringMatching(/^\/panel\/uslugi\/[^/]+$/)],
      [`${MARKER} pralnia`, expect.stringMatching(/^\/panel\/uslugi\/[^/]+$/)],
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("creates nothing new when the same file comes again", async () => {
    await page.goto(`${hub.siteUrl}/panel/import?rodzaj=uslugi`);
    await checkFile(VALID_CSV);
    const checked = page.locator(".notice--success");
    await checked.waitFor();
    expect(await checked.textContent()).toContain("do utworzenia: 0, do zmiany: 0, bez zmian: 2");
    const planned = page.getByRole("table", { name: "Co zrobi import usług" });
    expect(await planned.locator("tbody td:first-of-type").allTextContents()).toEqual([
      "bez zmian",
      "bez zmian",
    ]);
    // The matched services are known already: each line links to its record.
    expect(await planned.getByRole("link").count()).toBe(2);
    expect(await page.getByText("Plik nie wnosi żadnych zmian").count()).toBe(1);
    expect(await page.getByRole("button", { name: /Zaimportuj/ }).count()).toBe(0);
    expect(await markedServices()).toEqual(["DRAFT", "DRAFT"]);
  });
});
