import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { MarkVerifiedForm } from "./mark-verified-form";
import { RecordLifecycle } from "./record-lifecycle";
import { RecordStatusBadge } from "./record-status-badge";
import { RecordSearch, RecordTable } from "./record-table";

vi.mock("./records.css", () => ({}));

const action = async () => ({ status: "idle" as const, message: null });
const params = { query: "spół", state: "DRAFT" as const, page: 1 };

describe("RecordStatusBadge", () => {
  it("says the state in words, and that a record is a demo", () => {
    const html = renderToStaticMarkup(createElement(RecordStatusBadge, { state: "DRAFT", isDemo: true }));
    expect(html).toContain('aria-label="Stan rekordu"');
    expect(html).toContain(">szkic</li>");
    expect(html).toContain("Dane demonstracyjne");
  });
});

describe("RecordLifecycle", () => {
  const render = (state: "DRAFT" | "PUBLISHED" | "ARCHIVED") =>
    renderToStaticMarkup(
      createElement(RecordLifecycle, { id: "T3JnOjE", state, action, publicHref: "/podmioty/x" }),
    );

  it("offers publishing and archiving of a draft, each button described by what it does", () => {
    const html = render("DRAFT");
    expect(html).toMatch(/<button type="submit" value="publish"[^>]*name="intent">Opublikuj</);
    expect(html).toMatch(/<button type="submit" value="archive"[^>]*>Przenieś do archiwum</);
    expect(html).toContain('aria-describedby="publish-T3JnOjE-opis"');
    expect(html).toContain('id="publish-T3JnOjE-opis"');
    expect(html).toContain('role="status"');
    expect(html).not.toContain("/podmioty/x");
  });

  it("offers only archiving of a published record and links its public page", () => {
    const html = render("PUBLISHED");
    expect(html).not.toContain('value="publish"');
    expect(html).toContain('href="/podmioty/x"');
  });

  it("offers publishing an archived record again", () => {
    const html = render("ARCHIVED");
    expect(html).toContain("Opublikuj ponownie");
    expect(html).not.toContain('value="archive"');
  });
});

describe("MarkVerifiedForm", () => {
  it("shows the last verification and asks how the data was checked", () => {
    const html = renderToStaticMarkup(
      createElement(MarkVerifiedForm, {
        id: "x",
        action,
        lastVerifiedAt: "2025-03-07",
        lastVerifiedSource: "telefon",
      }),
    );
    expect(html).toContain("Ostatnio sprawdzono: 7 marca 2025 (telefon).");
    expect(html).toMatch(/<label for="zrodlo-x">Jak sprawdzono dane \(wymagane\)<\/label>/);
    expect(html).toContain('value="verify"');
  });
});

describe("RecordSearch and RecordTable", () => {
  it("searches with a GET form that keeps the query and the state", () => {
    const html = renderToStaticMarkup(
      createElement(RecordSearch, {
        basePath: "/panel/podmioty",
        params,
        label: "Szukaj podmiotu",
        stateFilter: true,
      }),
    );
    expect(html).toMatch(/<form [^>]*method="get"/);
    expect(html).toMatch(/<form [^>]*action="\/panel\/podmioty"/);
    expect(html).toContain('name="q" value="spół"');
    expect(html).toMatch(/<option value="DRAFT" selected="">szkic<\/option>/);
  });

  it("renders a captioned table with row headers and page links that keep the search", () => {
    const html = renderToStaticMarkup(
      createElement(RecordTable<{ id: string; name: string }>, {
        caption: "Podmioty",
        columns: [
          { header: "Nazwa", cell: (row) => row.name },
          { header: "ID", cell: (row) => row.id },
        ],
        rows: [{ id: "1", name: "Alfa" }],
        rowKey: (row) => row.id,
        totalCount: 30,
        pageSize: 25,
        basePath: "/panel/podmioty",
        params,
      }),
    );
    expect(html).toContain("<caption>Podmioty (30 rekordów)</caption>");
    expect(html).toContain('<th scope="col">Nazwa</th>');
    expect(html).toContain('<th scope="row">Alfa</th><td>1</td>');
    expect(html).toContain('href="/panel/podmioty?q=sp%C3%B3%C5%82&amp;stan=DRAFT&amp;strona=2"');
  });

  it("says so when nothing was found", () => {
    const html = renderToStaticMarkup(
      createElement(RecordTable<{ id: string }>, {
        caption: "Podmioty",
        columns: [],
        rows: [],
        rowKey: (row) => row.id,
        totalCount: 0,
        pageSize: 25,
        basePath: "/panel/podmioty",
        params,
        empty: "Brak podmiotów.",
      }),
    );
    expect(html).toBe('<p role="status">Brak podmiotów.</p>');
  });
});
