import { writeTextPdf } from "@obserwatorium/server";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubGraphql, signInHubEditor } from "../support/hub-editor";

// The test files its own plan (the demo documents may change): an LPDI of gmina Tykocin whose
// page 3 alone has the searched phrase, with enough text before it for the jump to scroll.
const TYKOCIN = "2002123";
const TITLE = "Lokalny plan deinstytucjonalizacji gminy Tykocin na lata 2025–2030 (test)";
const PHRASE = "Modrzewiowy Zakątek";
const FILLER = "Opis działań gminy na rzecz usług świadczonych w społeczności lokalnej. ".repeat(24);
const PAGES = [
  `Lokalny plan deinstytucjonalizacji usług społecznych gminy Tykocin. Wstęp. ${FILLER}`,
  `Diagnoza potrzeb mieszkańców. ${FILLER}`,
  `Działanie 3: otwarcie świetlicy „${PHRASE}” dla seniorów i ich opiekunów. ${FILLER}`,
  `Monitoring i ewaluacja planu. ${FILLER}`,
];
const SEARCH_LABEL = "Szukaj w treści dokumentów";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let documentId: string;

async function fileTestPlan(editor: Record<string, string>): Promise<string> {
  const { createDocument } = await hubGraphql<{
    createDocument: { document: { id: string } | null; userErrors: unknown[] };
  }>(
    hub,
    `mutation ($input: DocumentInput!) {
      createDocument(input: $input) { document { id } userErrors { field message } }
    }`,
    {
      input: {
        kind: "LPDI",
        title: TITLE,
        territorialUnitCode: TYKOCIN,
        periodFromYear: 2025,
        periodToYear: 2030,
        stage: "ADOPTED",
        act: { number: "XV/101/2025", body: "Rada Miejska w Tykocinie", date: "2025-05-20" },
        inForceFrom: "2025-06-01",
      },
    },
    editor,
  );
  if (!createDocument.document) throw new Error(JSON.stringify(createDocument.userErrors));
  const id = createDocument.document.id;
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(await writeTextPdf(TITLE, PAGES))]), "LPDI Tykocin.pdf");
  const upload = await fetch(`${hub.apiUrl.replace(/\/graphql$/, "")}/files/documents/${id}`, {
    method: "POST",
    body: form,
    headers: editor,
  });
  if (upload.status !== 201) throw new Error(`Upload failed: ${upload.status} ${await upload.text()}`);
  await hubGraphql(
    hub,
    "mutation ($id: ID!) { publishDocument(id: $id) { userErrors { field } } }",
    { id },
    editor,
  );
  return id;
}

/** The search index is updated after the commit; wait until the phrase finds the plan. */
async function waitUntilSearchable(id: string): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const { documents } = await hubGraphql<{ documents: { edges: { node: { id: string } }[] } }>(
      hub,
      "query ($text: String) { documents(filter: { text: $text }, first: 20) { edges { node { id } } } }",
      { text: PHRASE },
    );
    if (documents.edges.some((edge) => edge.node.id === id)) return;
    await new Promise((resolveWait) => setTimeout(resolveWait, 250));
  }
  throw new Error("The test plan never became searchable");
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  documentId = await fileTestPlan(await signInHubEditor(hub));
  await waitUntilSearchable(documentId);
});

afterAll(() => session?.close());

describe("documents /dokumenty", () => {
  it("finds a phrase on page 3 and shows the hit with its snippet", async () => {
    await page.goto(`${hub.siteUrl}/dokumenty`);
    expect(await page.getByRole("heading", { level: 1 }).allTextContents()).toEqual(["Dokumenty"]);
    expect(await page.locator('.site-nav a[aria-current="page"]').allTextContents()).toEqual(["Dokumenty"]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel(SEARCH_LABEL).fill(PHRASE);
    await page.getByRole("main").getByRole("button", { name: "Szukaj" }).click();
    await page.waitForURL(/\/dokumenty\?q=/);
    expect(await page.locator(".results-count").textContent()).toMatch(/^Znaleziono \d+ dokument(y|ów)?/);
    const card = page.locator(".document-card", { has: page.getByRole("link", { name: TITLE }) });
    const hit = card.getByRole("link", { name: "strona 3", exact: true });
    expect(await hit.getAttribute("href")).toBe(`/dokumenty/${documentId}#strona-3`);
    expect(await card.locator("mark").allTextContents()).toEqual(["Modrzewiowy", "Zakątek"]);
    expect(await card.locator(".document-hits__snippet").first().textContent()).toContain(
      "dla seniorów i ich opiekunów",
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("opens the document at that page, its section in view and focused", async () => {
    await page
      .locator(".document-card", { has: page.getByRole("link", { name: TITLE }) })
      .getByRole("link", { name: "strona 3", exact: true })
      .click();
    await page.waitForURL(`${hub.siteUrl}/dokumenty/${documentId}#strona-3`);
    const target = page.locator("#strona-3");
    expect(await target.getByRole("heading").textContent()).toBe("Strona 3");
    expect(await target.textContent()).toContain(`„${PHRASE}”`);
    // The browser scrolls to the fragment and focuses it as the page finishes loading.
    await expect
      .poll(() =>
        target.evaluate((element) => ({
          focused: document.activeElement === element,
          scrolled: window.scrollY > 0,
          inUpperHalf:
            element.getBoundingClientRect().top >= 0 &&
            element.getBoundingClientRect().top < window.innerHeight / 2,
        })),
      )
      .toEqual({ focused: true, scrolled: true, inUpperHalf: true });
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(TITLE);
    expect(await page.getByRole("heading", { level: 3 }).allTextContents()).toEqual(
      PAGES.map((_, index) => `Strona ${index + 1}`),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("lets the PDF be downloaded through the site", async () => {
    const html = await (await fetch(`${hub.siteUrl}/dokumenty/${documentId}`)).text();
    expect(html).toContain('<html lang="pl"');
    expect(html).toMatch(
      new RegExp(`<link rel="alternate" hrefLang="en" href="[^"]*/en/dokumenty/${documentId}"`),
    );
    await page.goto(`${hub.siteUrl}/dokumenty/${documentId}`);
    expect(await page.locator(".document-file").textContent()).toMatch(
      /LPDI Tykocin\.pdf \(PDF, [\d,]+ kB, 4 strony\)/,
    );
    const href = await page.getByRole("link", { name: "Pobierz plik LPDI Tykocin.pdf" }).getAttribute("href");
    expect(href).toMatch(/^\/dokumenty\/pliki\/[0-9a-f-]{36}\?pobierz=1$/);
    const response = await fetch(`${hub.siteUrl}${href}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="LPDI Tykocin\.pdf"/);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    const missing = await fetch(`${hub.siteUrl}/dokumenty/pliki/00000000-0000-4000-8000-000000000000`);
    expect(missing.status).toBe(404);
  });

  it("answers an unknown document with a server-rendered 404", async () => {
    const unknownId = Buffer.from("Document:00000000-0000-4000-8000-000000000000").toString("base64url");
    for (const path of [`/dokumenty/${unknownId}`, "/dokumenty/nie-ma-takiego-dokumentu"]) {
      const response = await fetch(`${hub.siteUrl}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).toContain("<h1>Nie znaleziono strony</h1>");
    }
  });
});

describe("LPDI coverage /dokumenty/lpdi", () => {
  it("shows the share of JST with a plan against the target, and each gmina's plan", async () => {
    await page.goto(`${hub.siteUrl}/dokumenty`);
    await page.getByRole("link", { name: /^Lokalne plany deinstytucjonalizacji/ }).click();
    await page.waitForURL(`${hub.siteUrl}/dokumenty/lpdi`);
    const figure = (await page.locator(".lpdi-share__figure").textContent()) ?? "";
    const [, percent, adopted, total] =
      /^(\d+)% — plan przyjęty lub obowiązujący ma (\d+) z (\d+) JST\.$/.exec(figure) ?? [];
    expect(Number(adopted)).toBeGreaterThanOrEqual(1);
    expect(Number(total)).toBe(132);
    expect(Number(percent)).toBe(Math.round((Number(adopted) / Number(total)) * 100));
    const meter = page.getByRole("meter", { name: /JST z przyjętym planem/ });
    expect(await meter.getAttribute("aria-valuenow")).toBe(percent);
    expect(await meter.getAttribute("aria-valuetext")).toBe(`${percent}%, cel 50%`);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Pokaż dla").selectOption({ label: "powiat białostocki" });
    await page.getByRole("button", { name: "Pokaż" }).click();
    await page.waitForURL(`${hub.siteUrl}/dokumenty/lpdi?obszar=2002`);
    const tykocin = page.locator(".lpdi-entry", { has: page.getByText("Tykocin", { exact: true }) });
    expect(await tykocin.locator(".lpdi-status").textContent()).toBe(": plan obowiązuje");
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
