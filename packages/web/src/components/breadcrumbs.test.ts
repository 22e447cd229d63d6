import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Breadcrumbs } from "./breadcrumbs";

const render = (props: Parameters<typeof Breadcrumbs>[0]) =>
  renderToStaticMarkup(createElement(Breadcrumbs, props));

describe("Breadcrumbs", () => {
  it("is a named navigation with an ordered trail ending in the current page", () => {
    const html = render({
      items: [{ label: "Dokumenty", href: "/dokumenty" }, { label: "Plan" }],
    });
    expect(html).toMatch(/^<nav class="breadcrumb" aria-label="Ścieżka nawigacji"><ol/);
    expect(html).toContain('<a href="/dokumenty">Dokumenty</a>');
    expect(html).toContain('<span aria-current="page">Plan</span>');
    expect(html).toContain('<span aria-hidden="true">› </span>');
  });

  it("takes the label of a translated page", () => {
    expect(render({ label: "Breadcrumb", items: [{ label: "Home", href: "/en" }] })).toContain(
      'aria-label="Breadcrumb"',
    );
  });

  it("marks only the last step as the current page", () => {
    const html = render({ items: [{ label: "Home", href: "/" }, { label: "Section" }, { label: "Page" }] });
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toContain('<span aria-current="page">Page</span>');
  });
});
