import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Card } from "./card";

const render = (props: Omit<Parameters<typeof Card>[0], "className" | "headingId" | "href" | "title">) =>
  renderToStaticMarkup(
    createElement(Card, {
      className: "service-card",
      headingId: "usluga-opieka",
      href: "/en/uslugi/opieka",
      title: "Opieka wytchnieniowa",
      ...props,
    }),
  );

describe("Card", () => {
  it("is an article named by its h3 heading, whose title links to the record", () => {
    expect(render({})).toBe(
      '<article class="service-card" aria-labelledby="usluga-opieka"><h3 id="usluga-opieka">' +
        '<a href="/en/uslugi/opieka">Opieka wytchnieniowa</a></h3></article>',
    );
  });

  it("takes the heading level, a meta line named after its block, children and then badges", () => {
    const html = render({
      headingLevel: 2,
      meta: "usługi wytchnieniowe",
      children: createElement("dl", { className: "service-card__facts" }),
      badges: createElement("ul", { className: "badges" }),
    });
    expect(html).toContain('<h2 id="usluga-opieka">');
    expect(html).toContain(
      '</h2><p class="service-card__meta">usługi wytchnieniowe</p><dl class="service-card__facts"></dl><ul class="badges"></ul></article>',
    );
  });

  it("marks the title's language on the heading, or on the link when a marker precedes it", () => {
    expect(render({ titleLang: "pl" })).toContain(
      '<h3 id="usluga-opieka" lang="pl"><a href="/en/uslugi/opieka">',
    );
    expect(
      render({
        titleLang: "pl",
        titleLangOn: "link",
        marker: createElement("span", { className: "service-card__number" }, "1. "),
      }),
    ).toContain(
      '<h3 id="usluga-opieka"><span class="service-card__number">1. </span><a href="/en/uslugi/opieka" lang="pl">',
    );
  });
});
