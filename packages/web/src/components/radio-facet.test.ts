import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { RadioFacet } from "./radio-facet";

const render = (checked: string) =>
  renderToStaticMarkup(
    createElement(RadioFacet, {
      legend: "Może startować w zamówieniu zastrzeżonym",
      hint: "Wybierz jedno",
      name: "zastrzezone",
      options: [
        { value: "", key: "dowolne", label: "bez znaczenia" },
        { value: "art94", label: "art. 94 Pzp", count: 4 },
      ],
      checked,
    }),
  );

describe("RadioFacet", () => {
  it("is a fieldset named by its legend, described by its hint, with labelled radios", () => {
    const html = render("");
    expect(html).toMatch(
      /^<fieldset class="facet" aria-describedby="zastrzezone-hint"><legend>Może startować w zamówieniu zastrzeżonym<\/legend>/,
    );
    expect(html).toContain('<p class="hint" id="zastrzezone-hint">Wybierz jedno</p>');
    expect(html).toContain(
      '<input type="radio" id="zastrzezone-dowolne" name="zastrzezone" checked="" value=""/>' +
        '<label for="zastrzezone-dowolne">bez znaczenia</label>',
    );
    expect(html).toContain(
      '<input type="radio" id="zastrzezone-art94" name="zastrzezone" value="art94"/>' +
        '<label for="zastrzezone-art94">art. 94 Pzp<span class="facet__count"> (4)</span></label>',
    );
  });

  it("checks exactly the chosen value", () => {
    const html = render("art94");
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(html).toContain('id="zastrzezone-art94" name="zastrzezone" checked="" value="art94"');
  });

  it("has no description without a hint", () => {
    const html = renderToStaticMarkup(
      createElement(RadioFacet, {
        legend: "Widok",
        name: "widok",
        options: [{ value: "lista", label: "lista" }],
        checked: "",
      }),
    );
    expect(html).toMatch(/^<fieldset class="facet"><legend>Widok<\/legend>/);
  });
});
