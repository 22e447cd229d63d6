import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessibilityViolations } from "../support/browser";
import { openHubInBrowser, type BrowserSession, type HubEndpoints } from "../support/browser-session";
import { hubAllNodes, hubGraphql, signInHubEditor } from "../support/hub-editor";

// The demo catalogue always gives gmina Łapy (TERYT 2002063) a free respite service run by its
// OPS (packages/server/src/modules/demo/generate-demo-services.ts); its slug is looked up below.
const LAPY = "2002063";
const SECTIONS = [
  "Na czym polega",
  "Dla kogo",
  "Ile kosztuje",
  "Jak skorzystać",
  "Gdzie i kiedy",
  "Kto prowadzi",
  "Obszar",
  "Zgłoś nieaktualne informacje",
];
const WEEKDAYS = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"];
const MESSAGE_LABEL = "Co jest nieaktualne?";
const CONTACT_LABEL = "Twój e-mail lub telefon (nieobowiązkowo)";
const SUBMIT = "Wyślij zgłoszenie";
const SENT = "Dziękujemy. Zgłoszenie trafi do redakcji.";
const TOO_SHORT = "Opis jest za krótki — napisz co najmniej 10 znaków (teraz: 9).";
const RATE_LIMITED = "Wysłano zbyt wiele zgłoszeń z tego adresu. Spróbuj ponownie później.";

interface RespiteService {
  id: string;
  slug: string;
  title: string;
  provider: { slug: string; name: string } | null;
  locations: {
    gmina: { code: string } | null;
    openingHours: { weekday: number; opens: string; closes: string }[];
  }[];
}

let session: BrowserSession;
let hub: HubEndpoints;
let page: Page;
let respite: RespiteService;
let serviceUrl: string;
let editor: Record<string, string>;

beforeAll(async () => {
  session = await openHubInBrowser();
  ({ hub, page } = session);
  const { services } = await hubGraphql<{ services: { edges: { node: RespiteService }[] } }>(
    hub,
    `query ($area: String!) {
      services(filter: { areaCode: $area, serviceTypes: [RESPITE_CARE] }, first: 30) {
        edges { node { id slug title provider { slug name }
          locations { gmina { code } openingHours { weekday opens closes } } } }
      }
    }`,
    { area: LAPY },
  );
  const found = services.edges
    .map((edge) => edge.node)
    .find((service) => service.title.includes("Łapy") && service.locations[0]?.gmina?.code === LAPY);
  if (!found) throw new Error("The demo catalogue has no respite service in Łapy");
  respite = found;
  serviceUrl = `${hub.siteUrl}/uslugi/${respite.slug}`;
  editor = await signInHubEditor(hub);
});

afterAll(() => session?.close());

function section(target: Page, heading: string): Locator {
  return target.locator("section", { has: target.getByRole("heading", { level: 2, name: heading }) });
}

/** The reports editors see for the service, through the API. */
async function storedReports(): Promise<{ message: string; contact: string | null }[]> {
  const reports = await hubAllNodes<{
    message: string;
    contact: string | null;
    service: { id: string } | null;
  }>(
    hub,
    `query ($first: Int!, $after: String) { list: serviceReports(first: $first, after: $after) {
       pageInfo { hasNextPage endCursor } edges { node { message contact service { id } } } } }`,
    {},
    editor,
  );
  return reports
    .filter((report) => report.service?.id === respite.id)
    .map(({ message, contact }) => ({ message, contact }));
}

/** The texts of the elements a field's aria-describedby points at. */
async function descriptionsOf(field: Locator): Promise<string[]> {
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
  return Promise.all(ids.map(async (id) => (await field.page().locator(`#${id}`).textContent()) ?? ""));
}

describe("service page /uslugi/[slug]", () => {
  it("is server-rendered with every section in order", async () => {
    const html = await (await fetch(serviceUrl)).text();
    expect(html).toContain(`<h1>${respite.title}</h1>`);
    expect(html).toMatch(/<form class="report-outdated"[^>]*method="POST"/);

    await page.goto(serviceUrl);
    expect(await page.title()).toBe(`${respite.title} | Obserwatorium`);
    expect(await page.getByRole("heading", { level: 2 }).allTextContents()).toEqual(SECTIONS);
    expect(await page.getByRole("link", { name: "Wyszukiwarka usług" }).getAttribute("href")).toBe("/uslugi");
  });

  it("says what it costs, who it is for, when it is open (in Polish, Monday first) and who runs it", async () => {
    expect(await section(page, "Ile kosztuje").locator("dd").first().textContent()).toBe("bezpłatna");
    expect(await section(page, "Dla kogo").getByText("opiekunowie osób wymagających opieki").count()).toBe(1);

    const places = section(page, "Gdzie i kiedy");
    const hours = places.getByRole("table", { name: "Godziny otwarcia" });
    expect(await hours.locator("tbody th").allTextContents()).toEqual(WEEKDAYS);
    const cells = await hours.locator("tbody td").allTextContents();
    const spans = respite.locations[0]!.openingHours;
    for (const [index, day] of WEEKDAYS.entries()) {
      const expected = spans
        .filter((span) => span.weekday === index + 1)
        .map((span) => `${span.opens.replace(/^0/, "")}–${span.closes.replace(/^0/, "")}`)
        .join(", ");
      expect(cells[index], day).toBe(expected || "nieczynne");
    }
    expect(cells.filter((cell) => cell !== "nieczynne").length).toBeGreaterThan(0);
    expect(await places.getByRole("link", { name: "gmina Łapy" }).getAttribute("href")).toBe(
      `/gminy/${LAPY}`,
    );
    const languages = places
      .locator("div", { has: page.locator("dt", { hasText: /^Języki$/ }) })
      .locator("dd");
    expect(await languages.textContent()).toMatch(/^polski(, |$)/);

    expect(respite.provider).not.toBeNull();
    const provider = section(page, "Kto prowadzi").getByRole("link", { name: respite.provider!.name });
    expect(await provider.getAttribute("href")).toBe(`/podmioty/${respite.provider!.slug}`);
    expect(
      await page
        .getByText(
          /^Dane zweryfikowano: \d{1,2} \p{L}+ \d{4} r\. \((telefonicznie|strona internetowa|ankieta)\)/u,
        )
        .count(),
    ).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);

    await provider.click();
    await page.waitForURL(`**/podmioty/${respite.provider!.slug}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(respite.provider!.name);
  });

  it("prints the essentials with the page's address, without the navigation, the form and the button", async () => {
    await page.goto(serviceUrl);
    const printButton = page.getByRole("button", { name: "Drukuj", includeHidden: true });
    const navigation = page.getByRole("navigation", { name: "Główna", includeHidden: true });
    const form = page.locator("form.report-outdated");
    const address = page.getByText(/^Adres strony: /);
    expect(await printButton.isVisible()).toBe(true);
    expect(await address.isVisible()).toBe(false);

    await page.emulateMedia({ media: "print" });
    try {
      expect(await navigation.count()).toBe(1);
      expect(await navigation.isVisible()).toBe(false);
      expect(await form.isVisible()).toBe(false);
      expect(await printButton.isVisible()).toBe(false);
      expect(await page.getByRole("heading", { level: 1 }).isVisible()).toBe(true);
      expect(await page.getByRole("table", { name: "Godziny otwarcia" }).isVisible()).toBe(true);
      expect(await address.textContent()).toBe(`Adres strony: ${serviceUrl}`);
      expect(await address.isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: "screen" });
    }

    await page.evaluate(() => {
      window.print = () => document.body.setAttribute("data-printed", "tak");
    });
    await printButton.click();
    expect(await page.locator("body").getAttribute("data-printed")).toBe("tak");
  });
});

describe("reporting outdated information", () => {
  it("refuses too short a message at the field, in Polish, keeping the text and storing nothing", async () => {
    const before = await storedReports();
    await page.goto(serviceUrl);
    const message = page.getByLabel(MESSAGE_LABEL);
    await message.fill("Za krótko");
    await page.getByRole("button", { name: SUBMIT }).click();
    await page.locator(".error-summary").waitFor();

    expect(await message.getAttribute("aria-invalid")).toBe("true");
    expect(await descriptionsOf(message)).toContain(`Błąd: ${TOO_SHORT}`);
    expect(await message.inputValue()).toBe("Za krótko");
    expect(
      await page.locator(".error-summary").getByRole("link", { name: TOO_SHORT }).getAttribute("href"),
    ).toBe("#zglos-opis");
    // The summary takes focus, so that a screen reader reads it out at once.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("error-summary"))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(await storedReports()).toEqual(before);
  });

  it("accepts a valid report and thanks the resident", async () => {
    const text = `Od stycznia w soboty czynne 10:00–14:00 (z JavaScriptem ${Date.now()}).`;
    const message = page.getByLabel(MESSAGE_LABEL);
    await message.fill(text);
    await page.getByLabel(CONTACT_LABEL).fill("jan.kowalski@example.pl");
    await page.getByRole("button", { name: SUBMIT }).click();
    await page.getByRole("status").filter({ hasText: SENT }).waitFor();

    expect(await page.locator(".error-summary").count()).toBe(0);
    expect(await message.getAttribute("aria-invalid")).toBeNull();
    expect(await message.inputValue()).toBe("");
    expect(await storedReports()).toContainEqual({ message: text, contact: "jan.kowalski@example.pl" });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("works without JavaScript: errors and thanks come in the server's answer", async () => {
    const noScript = await session.browser.newContext({ locale: "pl-PL", javaScriptEnabled: false });
    try {
      const tab = await noScript.newPage();
      await tab.goto(serviceUrl);
      expect(await tab.getByRole("button", { name: "Drukuj" }).count()).toBe(0);
      const before = await storedReports();

      await tab.getByLabel(MESSAGE_LABEL).fill("Za krótko");
      await tab.getByRole("button", { name: SUBMIT }).click();
      await tab.locator("#zglos-opis-error").waitFor();
      expect(await tab.locator("#zglos-opis-error").textContent()).toBe(`Błąd: ${TOO_SHORT}`);
      expect(await tab.getByLabel(MESSAGE_LABEL).inputValue()).toBe("Za krótko");
      expect(new URL(tab.url()).hash).toBe("#zglos");
      expect(await storedReports()).toEqual(before);

      const text = `Zmienił się adres placówki (bez JavaScriptu ${Date.now()}).`;
      await tab.getByLabel(MESSAGE_LABEL).fill(text);
      await tab.getByLabel(CONTACT_LABEL).fill("85 123 45 67");
      await tab.getByRole("button", { name: SUBMIT }).click();
      await tab.getByRole("status").filter({ hasText: SENT }).waitFor();
      expect(await tab.locator("#zglos-opis-error").count()).toBe(0);
      expect(await storedReports()).toContainEqual({ message: text, contact: "85 123 45 67" });
    } finally {
      await noScript.close();
    }
  });

  it("forwards the resident's address to the API, which limits reports per address", async () => {
    const address = "203.0.113.77";
    for (let attempt = 1; attempt <= 5; attempt++) {
      const { reportOutdated } = await hubGraphql<{ reportOutdated: { userErrors: unknown[] } }>(
        hub,
        `mutation ($id: ID!, $message: String!) {
          reportOutdated(serviceId: $id, message: $message) { userErrors { field } }
        }`,
        { id: respite.id, message: `Zgłoszenie testowe numer ${attempt}.` },
        { "x-forwarded-for": address },
      );
      expect(reportOutdated.userErrors).toEqual([]);
    }
    const limited = await session.browser.newContext({
      locale: "pl-PL",
      extraHTTPHeaders: { "x-forwarded-for": address },
    });
    try {
      const tab = await limited.newPage();
      await tab.goto(serviceUrl);
      await tab.getByLabel(MESSAGE_LABEL).fill("Godziny otwarcia są inne niż tutaj.");
      await tab.getByRole("button", { name: SUBMIT }).click();
      await tab.locator(".error-summary").waitFor();
      expect(await tab.locator(".error-summary").textContent()).toContain(RATE_LIMITED);
      expect(await tab.getByLabel(MESSAGE_LABEL).inputValue()).toBe("Godziny otwarcia są inne niż tutaj.");
    } finally {
      await limited.close();
    }
  });
});

describe("coverage page /gminy/[code]", () => {
  it("lists the 14 statutory areas with Łapy's counts and names the missing ones, without axe violations", async () => {
    const { coverage } = await hubGraphql<{
      coverage: {
        serviceCount: number;
        categories: { code: string; name: string; serviceCount: number }[];
        missingCategories: { name: string }[];
      };
    }>(
      hub,
      `query ($code: String!) { coverage(areaCode: $code) {
        serviceCount categories { code name serviceCount } missingCategories { name } } }`,
      { code: LAPY },
    );
    expect(coverage.missingCategories.length).toBeGreaterThan(0);

    await page.goto(serviceUrl);
    await section(page, "Gdzie i kiedy").getByRole("link", { name: "gmina Łapy" }).click();
    await page.waitForURL(`**/gminy/${LAPY}`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Gmina Łapy — usługi społeczne");
    expect(await page.title()).toBe("Gmina Łapy — usługi społeczne | Obserwatorium");
    expect(
      await page
        .getByText(new RegExp(`^${coverage.serviceCount} usług(a dostępna|i dostępne| dostępnych)$`))
        .count(),
    ).toBe(1);

    const table = page.getByRole("table", { name: "Usługi w 14 obszarach usług społecznych" });
    expect(await table.locator("tbody th").allTextContents()).toEqual(coverage.categories.map((c) => c.name));
    const counts = await table.locator("tbody td:nth-child(2)").allTextContents();
    for (const [index, category] of coverage.categories.entries()) {
      if (category.serviceCount === 0) expect(counts[index], category.name).toBe("brak usług");
      else expect(counts[index], category.name).toMatch(new RegExp(`^${category.serviceCount} usług`));
    }
    const disability = coverage.categories.find((category) => category.code === "DISABILITY_SUPPORT")!;
    expect(disability.serviceCount).toBeGreaterThan(0);
    const link = table.getByRole("link", { name: new RegExp(`— ${disability.name}$`) });
    const href = new URL((await link.getAttribute("href"))!, hub.siteUrl);
    expect(href.pathname).toBe("/uslugi");
    expect(href.searchParams.get("obszar")).toBe(LAPY);
    expect(href.searchParams.getAll("kategoria")).toEqual(["DISABILITY_SUPPORT"]);

    const missing = page.getByRole("list", { name: "Brak usług w obszarach:" });
    expect(await missing.getByRole("listitem").allTextContents()).toEqual(
      coverage.missingCategories.map((category) => category.name),
    );
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("shows a powiat too, linking its gminy", async () => {
    await page.goto(`${hub.siteUrl}/gminy/2002`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Powiat białostocki — usługi społeczne",
    );
    expect(await page.getByRole("link", { name: "Łapy", exact: true }).getAttribute("href")).toBe(
      `/gminy/${LAPY}`,
    );
  });
});

describe("server-rendered 404", () => {
  it("answers unknown services and codes that name no gmina or powiat with the not-found page", async () => {
    // 2002064 is the town of Łapy: a part of the gmina, not a gmina of its own.
    for (const path of ["/uslugi/nie-ma-takiej-uslugi", "/gminy/123", "/gminy/2002064", "/gminy/9999999"]) {
      const response = await fetch(`${hub.siteUrl}${path}`);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain("Nie znaleziono strony</h1>");
    }
  });
});
