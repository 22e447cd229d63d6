import { describe, expect, it } from "vitest";
import { resultsAnnouncement } from "./results-announcement";

const noun = { one: "podmiot", few: "podmioty", many: "podmiotów" };

describe("resultsAnnouncement", () => {
  it("says the count, and the page when there are several", () => {
    expect(resultsAnnouncement({ total: 1, page: 1, pages: 1, noun })).toBe("Znaleziono 1 podmiot.");
    expect(resultsAnnouncement({ total: 42, page: 2, pages: 3, noun })).toBe(
      "Znaleziono 42 podmioty, strona 2 z 3.",
    );
  });

  it("says that nothing matched", () => {
    expect(resultsAnnouncement({ total: 0, page: 1, pages: 1, noun })).toBe(
      "Brak wyników: nie znaleziono żadnych podmiotów.",
    );
  });

  it("says that a page past the end does not exist", () => {
    expect(resultsAnnouncement({ total: 25, page: 9, pages: 2, noun })).toBe(
      "Znaleziono 25 podmiotów. Nie ma strony 9.",
    );
  });
});
