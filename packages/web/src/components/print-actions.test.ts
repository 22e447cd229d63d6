import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PrintActions } from "./print-actions";

describe("PrintActions", () => {
  it("says the page's address for paper, and has no button before JavaScript runs", () => {
    const html = renderToStaticMarkup(
      createElement(PrintActions, {
        url: "https://obserwatorium.example/en/podmioty/kofisport",
        words: { print: "Print", pageAddress: "Page address:" },
      }),
    );
    expect(html).toBe(
      '<div class="print-actions"><p class="print-actions__url">' +
        "Page address: https://obserwatorium.example/en/podmioty/kofisport</p></div>",
    );
  });
});
