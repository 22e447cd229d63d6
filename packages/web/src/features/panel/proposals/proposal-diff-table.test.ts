import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ProposalDiffTable } from "./proposal-diff-table";

describe("ProposalDiffTable", () => {
  it("is a captioned table whose headers and change column say what changed in words", () => {
    const html = renderToStaticMarkup(
      createElement(ProposalDiffTable, {
        caption: "Zaproponowane zmiany",
        changes: [{ field: "description", label: "Opis", before: "Stary", after: "Nowy" }],
      }),
    );
    expect(html).toContain("<caption>Zaproponowane zmiany</caption>");
    expect(html).toContain('<th scope="col">Było</th><th scope="col">Będzie</th>');
    expect(html).toContain(
      '<th scope="row">Opis</th><td>zmieniono</td><td class="diff-table__before">Stary</td>' +
        '<td class="diff-table__after">Nowy</td>',
    );
  });
});
