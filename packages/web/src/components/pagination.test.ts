import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "./pagination";

const words = {
  label: "Strony wyników",
  previous: "Poprzednia strona",
  next: "Następna strona",
  current: (page: number, pages: number) => `Strona ${page} z ${pages}`,
};

const render = (page: number, pages: number) =>
  renderToStaticMarkup(
    createElement(Pagination, { page, pages, hrefFor: (to: number) => `/uslugi?strona=${to}`, words }),
  );

describe("Pagination", () => {
  it("is a named navigation of plain links around the current page", () => {
    expect(render(2, 3)).toBe(
      '<nav class="pagination" aria-label="Strony wyników"><ul>' +
        '<li><a href="/uslugi?strona=1" rel="prev"><span aria-hidden="true">← </span>Poprzednia strona</a></li>' +
        '<li class="pagination__current" aria-current="page">Strona 2 z 3</li>' +
        '<li><a href="/uslugi?strona=3" rel="next">Następna strona<span aria-hidden="true"> →</span></a></li>' +
        "</ul></nav>",
    );
  });

  it("has no previous link on the first page and no next link on the last", () => {
    expect(render(1, 3)).not.toContain('rel="prev"');
    expect(render(1, 3)).toContain('rel="next"');
    expect(render(3, 3)).toContain('rel="prev"');
    expect(render(3, 3)).not.toContain('rel="next"');
  });

  it("renders nothing for a single page", () => {
    expect(render(1, 1)).toBe("");
    expect(render(1, 0)).toBe("");
  });
});
