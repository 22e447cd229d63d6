import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractPdfText, looksLikePdf } from "./pdf-text";
import { writeTextPdf } from "./pdf-writer";

describe("extractPdfText", () => {
  it("reads the text of each page, Polish letters included", async () => {
    const bytes = await writeTextPdf("Test", [
      "Strona pierwsza.",
      "Druga: Zażółć gęślą jaźń.",
      "Trzecia strona — usługi wytchnieniowe w Łapach.",
    ]);
    const extracted = await extractPdfText(bytes);
    expect(extracted.state).toBe("EXTRACTED");
    expect(extracted.pageCount).toBe(3);
    expect(extracted.pages[1]).toBe("Druga: Zażółć gęślą jaźń.");
    expect(extracted.pages[2]).toContain("usługi wytchnieniowe w Łapach");
  });

  it("flags a PDF without a text layer", async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.addPage();
    expect(await extractPdfText(await pdf.save())).toEqual({
      state: "NO_TEXT_LAYER",
      pageCount: 2,
      pages: [],
    });
  });

  it("flags broken bytes instead of failing", async () => {
    const broken = new TextEncoder().encode("%PDF-1.7\nthis is not really a pdf\n%%EOF");
    expect((await extractPdfText(broken)).state).toBe("BROKEN");
    const truncated = (await writeTextPdf("T", ["abc"])).subarray(0, 200);
    expect((await extractPdfText(truncated)).state).toBe("BROKEN");
  });
});

describe("looksLikePdf", () => {
  it("decides by the bytes", () => {
    expect(looksLikePdf(new TextEncoder().encode("%PDF-1.4\n..."))).toBe(true);
    expect(looksLikePdf(new TextEncoder().encode("PK\u0003\u0004 word/document.xml"))).toBe(false);
    expect(looksLikePdf(new TextEncoder().encode("<html>%PDF-</html>"))).toBe(false);
    expect(looksLikePdf(new Uint8Array(2000).fill(32))).toBe(false);
  });
});
