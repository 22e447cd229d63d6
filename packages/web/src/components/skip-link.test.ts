import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SkipLink } from "./skip-link";

describe("SkipLink", () => {
  it("is a link to the target's id with the caller's words", () => {
    expect(
      renderToStaticMarkup(createElement(SkipLink, { target: "tresc", children: "Przejdź do treści" })),
    ).toBe('<a class="skip-link" href="#tresc">Przejdź do treści</a>');
  });
});
