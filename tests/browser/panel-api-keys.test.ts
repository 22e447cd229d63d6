import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { createHubAccount, signInToPanel } from "../support/panel-users";

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let key = "";
const KEY_NAME = "Mapa usług województwa";

/** The status of a request to the hub's API with the key. */
async function apiStatus(apiKey: string): Promise<number> {
  const response = await fetch(hub.apiUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": apiKey },
    body: JSON.stringify({ query: "{ __typename }" }),
  });
  return response.status;
}

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
});

afterAll(() => session?.close());

describe("partners' API keys in the panel", () => {
  it("lets an admin create a key, shown once with the warning", async () => {
    const admin = await createHubAccount(hub, "ADMIN", { displayName: "Ada Kluczowa" });
    await signInToPanel(page, hub, admin, "/panel/klucze-api");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Klucze API");
    expect(await page.getByRole("navigation").getByRole("link", { name: "Klucze API" }).count()).toBe(1);

    await page.getByLabel("Nazwa klucza (wymagane)").fill(KEY_NAME);
    await page.getByLabel("Partner i cel (wymagane)").fill("Urząd Marszałkowski — mapa usług");
    await page.getByLabel("Zakres dostępu (wymagane)").selectOption("drafts");
    await page.getByRole("button", { name: "Utwórz klucz" }).click();

    await page.locator("#nowy-klucz, .error-summary").first().waitFor();
    expect(await page.locator(".error-summary").allTextContents()).toEqual([]);
    const keyField = page.getByLabel(`Klucz API „${KEY_NAME}”`);
    key = await keyField.inputValue();
    expect(key).toMatch(/^obsk_[A-Za-z0-9_-]{43}$/);
    const hintId = (await keyField.getAttribute("aria-describedby"))!.split(" ")[0]!;
    expect(await page.locator(`#${hintId}`).textContent()).toContain("Nie zostanie wyświetlony ponownie");
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await apiStatus(key)).toBe(200);

    await page.goto(`${hub.siteUrl}/panel/klucze-api`);
    const row = page.getByRole("row", { name: new RegExp(KEY_NAME) });
    expect(await row.textContent()).toContain(key.slice(0, 10));
    expect(await row.textContent()).toContain("wersje robocze");
    expect(await page.content()).not.toContain(key.slice(10));
  });

  it("revokes it after a confirmation; the key stops working at once", async () => {
    await page.getByRole("link", { name: `Unieważnij klucz ${KEY_NAME}` }).click();
    await page.waitForURL(/uniewaznij=/);
    expect(
      await page.getByRole("heading", { level: 2, name: `Unieważnić klucz „${KEY_NAME}”?` }).count(),
    ).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Tak, unieważnij klucz" }).click();
    await page.waitForURL(/wynik=uniewazniono/);
    expect(await page.getByRole("status").first().textContent()).toContain("Klucz unieważniono");
    expect(await page.getByRole("row", { name: new RegExp(KEY_NAME) }).count()).toBe(0);
    expect(await apiStatus(key)).toBe(401);
  });
});
