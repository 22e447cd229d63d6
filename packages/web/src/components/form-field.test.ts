import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormField } from "./form-field";

const render = (props: Omit<Parameters<typeof FormField>[0], "children">) =>
  renderToStaticMarkup(
    createElement(FormField, {
      ...props,
      children: (control) => createElement("input", { ...control, name: "q" }),
    }),
  );

describe("FormField", () => {
  it("binds the hint to the control", () => {
    const html = render({ id: "q", label: "Czego szukasz?", hint: "Np. catering" });
    expect(html).toContain('<label for="q">Czego szukasz?</label>');
    expect(html).toContain('<p class="hint" id="q-hint">Np. catering</p>');
    expect(html).toContain('<input id="q" aria-describedby="q-hint" name="q"/>');
  });

  it("binds the error too, marks the control invalid and says it is an error", () => {
    const html = render({ id: "q", label: "Czego szukasz?", hint: "Np. catering", error: "Za krótkie" });
    expect(html).toContain(
      '<p class="field-error" id="q-error"><span class="visually-hidden">Błąd: </span>Za krótkie</p>',
    );
    expect(html).toContain('<input id="q" aria-describedby="q-hint q-error" aria-invalid="true" name="q"/>');
  });

  it("describes nothing when there is neither hint nor error", () => {
    expect(render({ id: "rok", label: "Rok", error: null })).toContain('<input id="rok" name="q"/>');
  });
});
