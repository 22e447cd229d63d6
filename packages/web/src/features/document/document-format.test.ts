import { describe, expect, it } from "vitest";
import {
  documentHref,
  fileHref,
  fileSizeText,
  fileTypeText,
  inForceText,
  pageAnchor,
  pageParagraphs,
  periodText,
} from "./document-format";

describe("periodText", () => {
  it("names the years covered", () => {
    expect(periodText(2025, 2030)).toBe("2025–2030");
    expect(periodText(2025, 2025)).toBe("2025");
    expect(periodText(2025, null)).toBe("od 2025");
    expect(periodText(null, 2030)).toBe("do 2030");
    expect(periodText(null, undefined)).toBeNull();
  });

  it("words an open period in the page's language", () => {
    expect(periodText(2025, null, "en")).toBe("from 2025");
    expect(periodText(null, 2030, "en")).toBe("until 2030");
    expect(periodText(2025, null, "uk")).toBe("з 2025");
    expect(periodText(null, 2030, "uk")).toBe("до 2030");
    expect(periodText(2025, 2030, "uk")).toBe("2025–2030");
  });
});

describe("inForceText", () => {
  it("dates the validity in the page's language", () => {
    expect(inForceText("2025-04-01", "2030-12-31")).toBe("od 1 kwietnia 2025 do 31 grudnia 2030");
    expect(inForceText("2025-04-01", null, "en")).toBe("from 1 April 2025");
    expect(inForceText(null, "2030-12-31", "en")).toBe("until 31 December 2030");
    expect(inForceText("2025-04-01", null, "uk")).toMatch(/^з 1 квітня 2025/);
    expect(inForceText(null, undefined, "en")).toBeNull();
  });
});

describe("fileSizeText", () => {
  it("uses decimal units with a Polish decimal comma", () => {
    expect(fileSizeText(35)).toBe("35 B");
    expect(fileSizeText(18_820)).toBe("18,8 kB");
    expect(fileSizeText(2_400_000)).toBe("2,4 MB");
  });

  it("writes numbers and units as the page's language does", () => {
    expect(fileSizeText(18_820, "en")).toBe("18.8 kB");
    expect(fileSizeText(18_820, "uk")).toBe("18,8 кБ");
    expect(fileSizeText(35, "uk")).toBe("35 Б");
  });
});

describe("fileTypeText", () => {
  it("calls a PDF a PDF", () => {
    expect(fileTypeText("application/pdf")).toBe("PDF");
    expect(fileTypeText("text/plain")).toBe("text/plain");
  });
});

describe("page anchors and links", () => {
  it("keeps the first file's anchors short and the others' apart", () => {
    expect(pageAnchor(0, 12)).toBe("strona-12");
    expect(pageAnchor(1, 12)).toBe("plik-2-strona-12");
    expect(documentHref("RG9jdW1lbnQ6MQ", pageAnchor(0, 3))).toBe("/dokumenty/RG9jdW1lbnQ6MQ#strona-3");
  });

  it("sends files through the site, to open or to save", () => {
    const path = "/files/28f4eb82-e73f-40ba-8fa2-edee38279984";
    expect(fileHref(path)).toBe("/dokumenty/pliki/28f4eb82-e73f-40ba-8fa2-edee38279984");
    expect(fileHref(path, { download: true })).toBe(
      "/dokumenty/pliki/28f4eb82-e73f-40ba-8fa2-edee38279984?pobierz=1",
    );
  });
});

describe("pageParagraphs", () => {
  it("parts paragraphs at blank lines and reflows the lines inside them", () => {
    expect(pageParagraphs("Wstęp do\nplanu.\n\n\nDiagnoza\n  gminy.\n\n  ")).toEqual([
      "Wstęp do planu.",
      "Diagnoza gminy.",
    ]);
    expect(pageParagraphs("")).toEqual([]);
  });
});
