import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImportLinesTable, ImportProblemsTable } from "./import-results";

describe("import result tables", () => {
  it("lists each problem with its line as a row header, and the whole file's as such", () => {
    const html = renderToStaticMarkup(
      createElement(ImportProblemsTable, {
        problems: [
          { line: null, column: null, message: "has no rows" },
          { line: 3, column: "serviceType", message: "is not a service type" },
        ],
      }),
    );
    expect(html).toContain("<caption>Błędy w pliku: wiersz, kolumna i opis (2)</caption>");
    expect(html).toContain('<th scope="row">cały plik</th><td>—</td><td>has no rows</td>');
    expect(html).toContain('<th scope="row">3</th><td><code>serviceType</code></td>');
  });

  it("says what a dry run would do, and links written records to their panel page", () => {
    const lines = [
      { line: 2, action: "CREATED" as const, label: "Obiady", href: "/panel/uslugi/U2VydmljZTox" },
      { line: 3, action: "UPDATED" as const, label: "Pralnia", href: null },
    ];
    const planned = renderToStaticMarkup(
      createElement(ImportLinesTable, { lines, applied: false, caption: "Co zrobi import" }),
    );
    expect(planned).toContain("<td>do utworzenia</td>");
    expect(planned).toContain("<td>do zmiany</td><td>Pralnia</td>");
    const applied = renderToStaticMarkup(
      createElement(ImportLinesTable, { lines, applied: true, caption: "x" }),
    );
    expect(applied).toContain('<td>utworzono</td><td><a href="/panel/uslugi/U2VydmljZTox">Obiady</a></td>');
  });
});
