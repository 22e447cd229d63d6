import { describe, expect, it } from "vitest";
import { toDocumentPageDocument } from "./to-document-page-document";

describe("toDocumentPageDocument", () => {
  it("keys the page by file and number and folds the text without changing its length", () => {
    const text = "Usługi wytchnieniowe w gminie Łapy — zażółć gęślą jaźń.";
    const document = toDocumentPageDocument({
      file_id: "f1",
      page_number: 3,
      text,
      document_id: "d1",
      title: "Lokalny plan deinstytucjonalizacji",
      kind: "LPDI",
      territorial_unit_code: "2002063",
      unit_name: "Łapy",
      publication_state: "PUBLISHED",
      is_demo: true,
    });
    expect(document).toMatchObject({ id: "f1-3", documentId: "d1", pageNumber: 3, kind: "LPDI" });
    expect(document.textFolded).toBe("Uslugi wytchnieniowe w gminie Lapy — zazolc gesla jazn.");
    expect(document.textFolded).toHaveLength(text.length);
    expect(document.documentTitleFolded).toContain("Lapy");
    expect(document.documentTitleFolded).toContain("lokalny plan deinstytucjonalizacji uslug spolecznych");
  });
});
