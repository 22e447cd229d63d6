import { describe, expect, it } from "vitest";
import { describeDocumentSearchError } from "./document-search-errors";

describe("describeDocumentSearchError", () => {
  it("puts a too long text at the field, in the page's language", () => {
    expect(describeDocumentSearchError({ field: "filter.text", message: "" }, "pl")).toEqual({
      title: "Nieprawidłowy filtr:",
      message: "tekst wyszukiwania może mieć najwyżej 200 znaków.",
      textError: "Nieprawidłowy filtr: tekst wyszukiwania może mieć najwyżej 200 znaków.",
    });
    expect(describeDocumentSearchError({ field: "filter.text", message: "" }, "en").textError).toBe(
      "Invalid filter: the search text can be at most 200 characters long.",
    );
  });

  it("words other refusals for the whole form", () => {
    expect(describeDocumentSearchError({ field: "after", message: "" }, "uk")).toEqual({
      title: "Неправильний фільтр:",
      message: "такої сторінки результатів немає.",
      textError: null,
    });
    expect(describeDocumentSearchError({ field: "filter.kinds", message: "" }, "en").message).toBe(
      "check the chosen values or clear the filters.",
    );
  });
});
