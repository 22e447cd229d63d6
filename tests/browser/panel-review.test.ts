import { randomUUID } from "node:crypto";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubGraphql } from "../support/hub-editor";
import { follow, tabTo, tabUntil } from "../support/keyboard";
import { createHubAccount, signInToPanel, type PanelAccount } from "../support/panel-users";

interface DemoOrganization {
  id: string;
  name: string;
  slug: string;
  description: string;
  pesType: string;
  foundingBody: string | null;
}

const NEEDS_FOUNDING_BODY = ["CIS", "KIS", "ZAZ", "WTZ"];

let session: BrowserSession;
let hub: HubEndpoints;
let repPage: Page;
let editorContext: BrowserContext;
let editorPage: Page;
let rep: PanelAccount;
let editor: PanelAccount;
let organization: DemoOrganization;
let acceptedProposalId: string;

const uuidOf = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

async function expectAxeClean(page: Page) {
  expect(await accessibilityViolations(page)).toEqual([]);
}

/** The representative changes the profile's description on "Mój podmiot" with the keyboard only. */
async function proposeDescription(text: string) {
  await repPage.goto(`${hub.siteUrl}/panel/moj-podmiot`);
  await repPage.locator("h1").focus();
  await tabUntil(repPage, 'textarea[name="description"]');
  await repPage.keyboard.press("Control+A");
  await repPage.keyboard.type(text);
  await tabTo(repPage, "Wyślij propozycję zmian");
  await repPage.keyboard.press("Enter");
  const answer = repPage.locator(".error-summary, .notice--success").first();
  await answer.waitFor();
  expect(await answer.textContent()).toContain("Czeka na sprawdzenie przez redakcję");
  expect(await answer.getAttribute("role")).toBe("status");
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page: repPage } = session);
  // A published demo organization whose stored profile passes validation as it is; test files share
  // the hub, so one from the end of the first page rather than the first one others may pick.
  const { organizations } = await hubGraphql<{ organizations: { edges: { node: DemoOrganization }[] } }>(
    hub,
    `{ organizations(first: 50) { edges { node { id name slug description pesType foundingBody } } } }`,
  );
  const candidates = organizations.edges
    .map((edge) => edge.node)
    .filter((node) => !NEEDS_FOUNDING_BODY.includes(node.pesType) || node.foundingBody);
  organization = candidates.at(-1)!;
  rep = await createHubAccount(hub, "ORGANIZATION_REP", {
    organizationId: uuidOf(organization.id),
    displayName: "Piotr Przedstawiciel",
  });
  editor = await createHubAccount(hub, "EDITOR", { displayName: "Ewa Redaktorka" });
  editorContext = await session.browser.newContext({ locale: "pl-PL" });
  editorPage = await editorContext.newPage();
});

afterAll(async () => {
  await editorContext?.close();
  await session?.close();
});

describe("reviewing a representative's proposal", () => {
  const newDescription = `Opis zaproponowany przez przedstawiciela ${randomUUID()}.`;

  it("lets the representative propose a new description with the keyboard; the public page waits", async () => {
    await signInToPanel(repPage, hub, rep, "/panel");
    expect(await repPage.locator("h1").textContent()).toBe("Pulpit");
    expect(await repPage.getByRole("heading", { name: "Twój podmiot" }).count()).toBe(1);
    expect(await repPage.locator("main").textContent()).toContain(organization.name);
    await expectAxeClean(repPage);

    await proposeDescription(newDescription);
    await expectAxeClean(repPage);

    const publicPage = await (await fetch(`${hub.siteUrl}/podmioty/${organization.slug}`)).text();
    expect(publicPage).not.toContain(newDescription);

    await repPage.goto(`${hub.siteUrl}/panel/propozycje`);
    const row = repPage.locator("tbody tr").first();
    expect(await row.textContent()).toContain("czeka na redakcję");
    expect(await row.textContent()).toContain(organization.name);
    await expectAxeClean(repPage);
  });

  it("lets the editor open it from the dashboard, see the diff and accept it; the public page shows it", async () => {
    await signInToPanel(editorPage, hub, editor, "/panel");
    const queue = editorPage.locator("section", {
      has: editorPage.getByRole("heading", {
        name: /^Propozycje zmian od przedstawicieli podmiotów \(\d+\)$/,
      }),
    });
    await queue.waitFor();
    await expectAxeClean(editorPage);

    const subject = `profil podmiotu: ${organization.name}`;
    if ((await queue.getByRole("link", { name: subject }).count()) === 0) {
      // More proposals wait than the dashboard lists: the full list shows the newest first.
      await tabTo(editorPage, /^Pokaż wszystkie: Propozycje zmian od przedstawicieli podmiotów/);
      await follow(editorPage, /\/panel\/propozycje\?status=PENDING$/);
    }
    await tabTo(editorPage, subject);
    await follow(editorPage, /\/panel\/propozycje\/[^/?]+$/);
    acceptedProposalId = decodeURIComponent(new URL(editorPage.url()).pathname.split("/").at(-1)!);

    const diff = editorPage.getByRole("table", { name: /Zaproponowane zmiany/ });
    // The proposal starts from the stored profile, so the description is the only difference.
    expect(await diff.locator("tbody tr").count()).toBe(1);
    const descriptionRow = diff.getByRole("row", { name: /^Opis/ });
    expect(await descriptionRow.locator("td").allTextContents()).toEqual([
      organization.description ? "zmieniono" : "dodano",
      organization.description || "(brak)",
      newDescription,
    ]);
    expect(await diff.locator("th[scope=col]").allTextContents()).toEqual([
      "Pole",
      "Zmiana",
      "Było",
      "Będzie",
    ]);
    await expectAxeClean(editorPage);

    await tabTo(editorPage, "Przyjmij propozycję");
    await follow(editorPage, /decyzja=przyjeta$/);
    const notice = editorPage.getByRole("status").filter({ hasText: "Propozycja przyjęta" });
    await notice.waitFor();
    expect(await editorPage.locator(".proposal-facts").textContent()).toContain("Ewa Redaktorka");
    await expectAxeClean(editorPage);

    await tabTo(editorPage, "Zobacz stronę publiczną");
    await follow(editorPage, (url) => url.pathname === `/podmioty/${organization.slug}`);
    expect(await editorPage.locator("main").textContent()).toContain(newDescription);
  });

  it("shows both steps, with who took them, in the audit log filtered by the record", async () => {
    await editorPage.goto(`${hub.siteUrl}/panel/dziennik`);
    await expectAxeClean(editorPage);
    await editorPage.locator("h1").focus();
    await tabTo(editorPage, "Identyfikator rekordu");
    await editorPage.keyboard.type(acceptedProposalId);
    await Promise.all([
      editorPage.waitForURL(/\/panel\/dziennik\?.*rekord=/),
      editorPage.keyboard.press("Enter"),
    ]);
    expect(new URL(editorPage.url()).searchParams.get("rekord")).toBe(acceptedProposalId);

    const rows = editorPage.locator("table.audit-table tbody tr");
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(2);
    // Newest first: the acceptance by the editor, then the proposal by the representative.
    expect(texts[0]).toContain("przyjęto propozycję zmiany");
    expect(texts[0]).toContain("Ewa Redaktorka");
    expect(texts[1]).toContain("zaproponowano zmianę");
    expect(texts[1]).toContain("Piotr Przedstawiciel");
    expect(texts[0]).toContain("Status: było PENDING, jest ACCEPTED");
    await expectAxeClean(editorPage);

    // The organization's own history holds the change of the description, made by the editor.
    await editorPage.goto(`${hub.siteUrl}/panel/dziennik?typ=Organization&rekord=${organization.id}`);
    const change = editorPage.locator("table.audit-table tbody tr").filter({ hasText: newDescription });
    expect(await change.count()).toBe(1);
    expect(await change.textContent()).toContain("Ewa Redaktorka");
  });

  it("tells the representative why a proposal was rejected", async () => {
    const refused = `Opis do odrzucenia ${randomUUID()}.`;
    const reason = `Opis musi dotyczyć działalności podmiotu (${randomUUID().slice(0, 8)}).`;
    await proposeDescription(refused);

    await editorPage.goto(`${hub.siteUrl}/panel/propozycje?status=PENDING`);
    await editorPage.locator("h1").focus();
    await tabTo(editorPage, `profil podmiotu: ${organization.name}`);
    await follow(editorPage, /\/panel\/propozycje\/[^/?]+$/);
    expect(await editorPage.getByRole("row", { name: /^Opis/ }).locator("td").last().textContent()).toBe(
      refused,
    );

    await tabTo(editorPage, "Odrzuć propozycję");
    await editorPage.keyboard.press("Enter");
    const summary = editorPage.locator(".error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Uzasadnienie dla przedstawiciela");
    const message = editorPage.getByLabel("Uzasadnienie dla przedstawiciela (wymagane)");
    expect(await message.getAttribute("aria-invalid")).toBe("true");
    await expectAxeClean(editorPage);

    await tabUntil(editorPage, 'textarea[name="message"]');
    await editorPage.keyboard.type(reason);
    await tabTo(editorPage, "Odrzuć propozycję");
    await follow(editorPage, /decyzja=odrzucona$/);

    await repPage.goto(`${hub.siteUrl}/panel/propozycje`);
    const row = repPage.locator("tbody tr").filter({ hasText: reason });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("odrzucona");
    await repPage.locator("h1").focus();
    await tabTo(repPage, `profil podmiotu: ${organization.name}`);
    await follow(repPage, /\/panel\/propozycje\/[^/?]+$/);
    expect(await repPage.locator(".proposal-facts").textContent()).toContain(reason);
    // A representative sees the decision, never the editor's buttons.
    expect(await repPage.getByRole("button", { name: /Przyjmij|Odrzuć/ }).count()).toBe(0);
    await expectAxeClean(repPage);

    const publicPage = await (await fetch(`${hub.siteUrl}/podmioty/${organization.slug}`)).text();
    expect(publicPage).not.toContain(refused);
  });
});
