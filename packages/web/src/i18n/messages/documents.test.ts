import { describe, expect, it } from "vitest";
import { announceResults } from "@/features/navigation/results-announcement";
import { getMessages } from "./index";

const words = (locale: "pl" | "en" | "uk") => getMessages(locale).documents;

describe("documents dictionaries", () => {
  it("count documents and pages in each language's plural forms", () => {
    expect(words("pl").search.found(1)).toBe("Znaleziono 1 dokument");
    expect(words("pl").search.found(22)).toBe("Znaleziono 22 dokumenty");
    expect(words("pl").search.found(25)).toBe("Znaleziono 25 dokumentów");
    expect(words("en").search.found(1)).toBe("Found 1 document");
    expect(words("en").search.found(1500)).toBe("Found 1,500 documents");
    expect(words("uk").search.found(21)).toBe("Знайдено 21 документ");
    expect(words("uk").search.found(3)).toBe("Знайдено 3 документи");
    expect(words("uk").search.found(11)).toBe("Знайдено 11 документів");
    expect(words("pl").files.pages(4)).toBe("4 strony");
    expect(words("en").files.pages(1)).toBe("1 page");
    expect(words("uk").files.pages(5)).toBe("5 сторінок");
  });

  it("announce a search in the page's language", () => {
    const announce = (locale: "pl" | "en" | "uk", total: number, page: number, pages: number) =>
      announceResults({ total, page, pages, words: words(locale).search });
    expect(announce("pl", 0, 1, 1)).toBe("Brak wyników: nie znaleziono żadnych dokumentów.");
    expect(announce("en", 42, 2, 3)).toBe("Found 42 documents, page 2 of 3.");
    expect(announce("uk", 2, 5, 1)).toBe("Знайдено 2 документи. Сторінки 5 немає.");
  });

  it("word the LPDI share with singular and plural agreement in English", () => {
    expect(words("pl").lpdi.share(6, 132)).toBe("plan przyjęty lub obowiązujący ma 6 z 132 JST.");
    expect(words("en").lpdi.share(1, 16)).toBe("1 of 16 JST has a plan adopted or in force.");
    expect(words("en").lpdi.missing(60)).toBe("60 more JST are needed to reach the target.");
    expect(words("uk").lpdi.meterText("5%", "50%")).toBe("5%, мета 50%");
  });
});
