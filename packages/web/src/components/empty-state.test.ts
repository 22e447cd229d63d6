import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { EmptyState } from "./empty-state";

const words = { noMatch: "Nic", whatToDo: "Spróbuj:", clearAll: "Wyczyść", startOver: "i zacznij od nowa." };
const render = (filtered: boolean) =>
  renderToStaticMarkup(
    createElement(EmptyState, {
      filtered,
      unfiltered: "Pusto.",
      hints: ["Krócej.", false, "Szerzej."],
      clearHref: "/uslugi",
      words,
    }),
  );

describe("EmptyState", () => {
  it("says only that the list is empty when nothing narrowed it", () => {
    expect(render(false)).toBe('<div class="empty-state"><p>Pusto.</p></div>');
  });

  it("lists the hints that apply, then the link that clears the filters", () => {
    expect(render(true)).toBe(
      '<div class="empty-state"><p><strong>Nic</strong></p><p id="podpowiedzi">Spróbuj:</p>' +
        '<ul aria-labelledby="podpowiedzi"><li>Krócej.</li><li>Szerzej.</li>' +
        '<li><a href="/uslugi">Wyczyść</a> i zacznij od nowa.</li></ul></div>',
    );
  });
});
