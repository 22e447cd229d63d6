import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubGraphql } from "../support/hub-editor";
import { follow, tabTo, tabUntil } from "../support/keyboard";
import { createHubAccount, signInToPanel, type PanelAccount } from "../support/panel-users";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let editor: PanelAccount;
let certificate: { id: string; number: string };
let reportText: string;

const CERTIFICATES = "Certyfikaty wygasające w ciągu 30 dni";
const REPORTS = "Zgłoszenia nieaktualnych informacji";

/** A calendar day `days` from today, as the API's Date scalar writes it. */
function dayFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const queueSection = (title: string) =>
  page.locator("section", { has: page.getByRole("heading", { name: new RegExp(`^${title} \\(\\d+\\)$`) }) });

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  editor = await createHubAccount(hub, "EDITOR", { displayName: "Ewa Kolejkowa" });
  const { login } = await hubGraphql<{ login: { token: string | null } }>(
    hub,
    "mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }",
    { email: editor.email, password: editor.password },
  );
  const asEditor = { authorization: `Bearer ${login.token}` };

  const { services } = await hubGraphql<{ services: { edges: { node: { id: string } }[] } }>(
    hub,
    "{ services(first: 1) { edges { node { id } } } }",
  );
  // A draft organization of this test's own holds the certificate, so no public page changes.
  const { createOrganization } = await hubGraphql<{
    createOrganization: { organization: { id: string } | null; userErrors: unknown[] };
  }>(
    hub,
    `mutation ($input: OrganizationInput!) {
      createOrganization(input: $input) { organization { id } userErrors { field message } }
    }`,
    {
      input: {
        name: `Spółdzielnia Socjalna Kolejka ${randomUUID().slice(0, 8)}`,
        legalForm: "SOCIAL_COOPERATIVE",
        pesType: "PES",
        address: { streetAddress: "ul. Testowa 1", postalCode: "18-100", city: "Łapy", gminaCode: "2002063" },
      },
    },
    asEditor,
  );
  expect(createOrganization.userErrors).toEqual([]);

  // A certificate of this test's own that ends in a few days: the queue must list it.
  const number = `ZJ/TEST/${randomUUID().slice(0, 8)}`;
  const { issueCertificate } = await hubGraphql<{
    issueCertificate: { certificate: { id: string } | null; userErrors: unknown[] };
  }>(
    hub,
    `mutation ($input: IssueCertificateInput!) {
      issueCertificate(input: $input) { certificate { id } userErrors { field message } }
    }`,
    {
      input: {
        organizationId: createOrganization.organization!.id,
        type: "ZNAK_JAKOSCI_ES",
        number,
        grantingBody: "Regionalny Ośrodek Polityki Społecznej (test)",
        decisionDate: dayFromToday(-10),
        validFrom: dayFromToday(-10),
        validTo: dayFromToday(3),
        offerings: [{ name: "Catering na uroczystości" }],
      },
    },
    asEditor,
  );
  expect(issueCertificate.userErrors).toEqual([]);
  certificate = { id: issueCertificate.certificate!.id, number };

  // An anonymous resident's report, from an address of its own so the per-address limit is not shared.
  reportText = `Placówka przeniosła się pod inny adres (${randomUUID().slice(0, 8)}).`;
  const { reportOutdated } = await hubGraphql<{ reportOutdated: { userErrors: unknown[] } }>(
    hub,
    `mutation ($id: ID!, $message: String!) {
      reportOutdated(serviceId: $id, message: $message, contact: "85 123 45 67") { userErrors { field } }
    }`,
    { id: services.edges[0]!.node.id, message: reportText },
    { "x-forwarded-for": "198.51.100.23" },
  );
  expect(reportOutdated.userErrors).toEqual([]);
});

afterAll(() => session?.close());

describe("the editors' work queues", () => {
  it("list a certificate expiring within 30 days, linked to its panel page", async () => {
    await signInToPanel(page, hub, editor, "/panel");
    expect(await page.locator("h1").textContent()).toBe("Pulpit");
    for (const title of [
      "Propozycje zmian od przedstawicieli podmiotów",
      REPORTS,
      "Usługi niezweryfikowane od 12 miesięcy",
      CERTIFICATES,
      "Dokumenty bez warstwy tekstowej",
    ]) {
      expect(await queueSection(title).count(), title).toBe(1);
    }
    const heading = await queueSection(CERTIFICATES).getByRole("heading").textContent();
    expect(Number(/\((\d+)\)$/.exec(heading!)![1])).toBeGreaterThanOrEqual(1);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    const onDashboard = queueSection(CERTIFICATES).getByRole("link", {
      name: new RegExp(certificate.number),
    });
    if ((await onDashboard.count()) === 0) {
      // More certificates expire sooner than the dashboard lists: "show all" leads to the whole queue.
      await page.locator("h1").focus();
      await tabTo(page, new RegExp(`^Pokaż wszystkie: ${CERTIFICATES}`));
      await follow(page, /\/panel\?kolejka=certyfikaty$/);
      expect(await page.locator("h1").textContent()).toBe(CERTIFICATES);
      await expect(accessibilityViolations(page)).resolves.toEqual([]);
    }
    const link = page.getByRole("link", { name: new RegExp(certificate.number) });
    expect(await link.getAttribute("href")).toBe(`/panel/certyfikaty/${certificate.id}`);
    expect(await link.locator("xpath=..").textContent()).toContain("ważny do");
  });

  it("list a resident's outdated-information report and resolve it with the keyboard", async () => {
    await page.goto(`${hub.siteUrl}/panel?kolejka=zgloszenia`);
    expect(await page.locator("h1").textContent()).toBe(REPORTS);
    const item = page.locator("li", { has: page.locator("blockquote", { hasText: reportText }) });
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain("85 123 45 67");
    await expect(accessibilityViolations(page)).resolves.toEqual([]);

    await item.getByRole("link").first().focus();
    await tabUntil(page, 'input[name="note"]');
    await page.keyboard.type("Adres poprawiony w rekordzie.");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Oznacz jako załatwione/);
    await follow(page, /zgloszenie=zalatwione$/);
    expect(await page.getByRole("status").textContent()).toBe("Zgłoszenie oznaczono jako załatwione.");
    expect(await page.locator("blockquote", { hasText: reportText }).count()).toBe(0);
    await expect(accessibilityViolations(page)).resolves.toEqual([]);
  });
});
