import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge } from "./badge";
import { Badges } from "./badges";

describe("Badges", () => {
  it("is a named list whose badges say in words what the colour repeats", () => {
    const html = renderToStaticMarkup(
      createElement(
        Badges,
        null,
        createElement(Badge, { variant: "certified" }),
        createElement(Badge, { variant: "demo" }),
      ),
    );
    expect(html).toBe(
      '<ul class="badges" aria-label="Oznaczenia">' +
        '<li class="badge badge--zakup">Zakup Prospołeczny</li>' +
        '<li class="badge badge--demo">Dane demonstracyjne</li></ul>',
    );
  });

  it("renders nothing when no badge applies", () => {
    expect(renderToStaticMarkup(createElement(Badges, null, false, null))).toBe("");
  });

  it("takes the caller's words and list name", () => {
    const html = renderToStaticMarkup(
      createElement(Badges, { label: "Labels" }, createElement(Badge, { variant: "stale" }, "Out of date")),
    );
    expect(html).toBe(
      '<ul class="badges" aria-label="Labels"><li class="badge badge--stale">Out of date</li></ul>',
    );
  });
});
