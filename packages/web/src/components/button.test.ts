import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Button, ButtonLink } from "./button";

describe("Button", () => {
  it("is a plain button unless told to submit, so it never submits a form by accident", () => {
    expect(renderToStaticMarkup(createElement(Button, null, "Drukuj"))).toBe(
      '<button type="button" class="button">Drukuj</button>',
    );
    expect(renderToStaticMarkup(createElement(Button, { type: "submit" }, "Szukaj"))).toBe(
      '<button type="submit" class="button">Szukaj</button>',
    );
  });

  it("adds the secondary variant and the caller's class, and passes other attributes on", () => {
    expect(
      renderToStaticMarkup(
        createElement(
          Button,
          { variant: "secondary", className: "print-actions__button", "aria-describedby": "x" },
          "Drukuj",
        ),
      ),
    ).toBe(
      '<button aria-describedby="x" type="button" class="button button--secondary print-actions__button">Drukuj</button>',
    );
  });
});

describe("ButtonLink", () => {
  it("is a link styled as a button, primary by default", () => {
    expect(renderToStaticMarkup(createElement(ButtonLink, { href: "/uslugi" }, "Szukaj usług"))).toBe(
      '<a href="/uslugi" class="button">Szukaj usług</a>',
    );
    expect(
      renderToStaticMarkup(createElement(ButtonLink, { href: "/uslugi", variant: "secondary" }, "Wyczyść")),
    ).toBe('<a href="/uslugi" class="button button--secondary">Wyczyść</a>');
  });
});
