import type { TextExtractionState } from "@obserwatorium/schema";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface ExtractedText {
  state: TextExtractionState;
  pageCount: number;
  /** Text of each page, page 1 first; empty unless `state` is EXTRACTED. */
  pages: string[];
}

const PDF_SIGNATURE = Buffer.from("%PDF-", "latin1");

/** Decided by the bytes, never by the name: a PDF starts with its signature. */
export function looksLikePdf(head: Uint8Array): boolean {
  return Buffer.from(head.subarray(0, PDF_SIGNATURE.length)).equals(PDF_SIGNATURE);
}

function pageText(items: readonly unknown[]): string {
  let text = "";
  for (const item of items) {
    if (typeof item !== "object" || item === null || !("str" in item)) continue;
    const { str, hasEOL } = item as { str: string; hasEOL?: boolean };
    text += str + (hasEOL ? "\n" : "");
  }
  // NFC keeps positions in the text and in its diacritic-free copy aligned (snippets rely on it).
  return text
    .normalize("NFC")
    .replace(/[ \t]+/g, " ")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Text per page. A broken, encrypted or scanned (image-only) file is not an error: it is stored
 * with a state saying why it has no text.
 */
export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedText> {
  let pdf;
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy.
    pdf = await getDocument({
      data: new Uint8Array(bytes),
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      stopAtErrors: false,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    return { state: name === "PasswordException" ? "ENCRYPTED" : "BROKEN", pageCount: 0, pages: [] };
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      pages.push(pageText((await page.getTextContent()).items));
      page.cleanup();
    }
    const hasText = pages.some((text) => text.length > 0);
    return {
      state: hasText ? "EXTRACTED" : "NO_TEXT_LAYER",
      pageCount: pdf.numPages,
      pages: hasText ? pages : [],
    };
  } catch {
    return { state: "BROKEN", pageCount: pdf.numPages, pages: [] };
  } finally {
    await pdf.destroy();
  }
}
