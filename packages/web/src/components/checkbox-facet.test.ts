import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxFacet } from "./checkbox-facet";

describe("CheckboxFacet", () => {
  it("is a fieldset named by its legend, described by its hint, with labelled checkboxes", () => {
    const html = renderToStaticMarkup(
      createElement(CheckboxFacet, {
        legend: "Forma prawna",
        hint: "Liczby w nawiasach to wyniki",
        name: "forma",
        options: [
          { value: "FUNDACJA", label: "fundacja", count: 3 },
          { value: "STOWARZYSZENIE", label: "stowarzyszenie" },
        ],
        checked: ["FUNDACJA"],
      }),
    );
    expect(html).toMatch(
      /^<fieldset class="facet" aria-describedby="forma-hint"><legend>Forma prawna<\/legend>/,
    );
    expect(html).toContain('<p class="hint" id="forma-hint">');
    expect(html).toContain('id="forma-FUNDACJA" name="forma" checked="" value="FUNDACJA"');
    expect(html).toContain(
      '<label for="forma-FUNDACJA">fundacja<span class="facet__count"> (3)</span></label>',
    );
    expect(html).toContain('id="forma-STOWARZYSZENIE" name="forma" value="STOWARZYSZENIE"/>');
  });

  it("marks a label in another language than the page's", () => {
    const html = renderToStaticMarkup(
      createElement(CheckboxFacet, {
        legend: "Counties on the chart",
        name: "powiat",
        options: [{ value: "2001", label: "powiat augustowski", lang: "pl" }],
        checked: [],
      }),
    );
    expect(html).toContain('<label for="powiat-2001" lang="pl">powiat augustowski</label>');
  });
});
