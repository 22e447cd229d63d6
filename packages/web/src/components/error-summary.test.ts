import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ErrorSummary } from "./error-summary";

const render = (props: Parameters<typeof ErrorSummary>[0]) =>
  renderToStaticMarkup(createElement(ErrorSummary, props));

describe("ErrorSummary", () => {
  it("announces the title and reason, can take the focus, and links to the field to fix", () => {
    const html = render({
      id: "blad",
      title: "Nieprawidłowy filtr:",
      message: "kod CPV ma 8 cyfr.",
      field: "cpv",
    });
    expect(html).toBe(
      '<div class="error-summary" role="alert" id="blad" tabindex="-1"><p><strong>Nieprawidłowy filtr:</strong> ' +
        'kod CPV ma 8 cyfr. <a href="#cpv">Przejdź do pola</a></p></div>',
    );
  });

  it("has no link when no field is to blame, and takes a translated link text", () => {
    expect(render({ message: "Brak danych." })).not.toContain("<a ");
    expect(render({ message: "No such place.", field: "gdzie", goToField: "Go to the field" })).toContain(
      '<a href="#gdzie">Go to the field</a>',
    );
  });
});
