import { readFileSync } from "node:fs";
import { join } from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, type PDFFont } from "pdf-lib";
import { SERVER_ROOT } from "../../../config/paths";

const FONT_FILE = join(SERVER_ROOT, "data/fonts/DejaVuSans-PL.ttf");
const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 11;
const LINE_HEIGHT = 15;

let fontBytes: Buffer | null = null;

function wrap(text: string, font: PDFFont, width: number): string[] {
  const spaceWidth = font.widthOfTextAtSize(" ", FONT_SIZE);
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let lineWidth = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const wordWidth = font.widthOfTextAtSize(word, FONT_SIZE);
      if (line && lineWidth + spaceWidth + wordWidth > width) {
        lines.push(line);
        line = word;
        lineWidth = wordWidth;
      } else {
        line = line ? `${line} ${word}` : word;
        lineWidth += (line === word ? 0 : spaceWidth) + wordWidth;
      }
    }
    lines.push(line);
  }
  return lines;
}

/**
 * A real PDF with a text layer in a font that has every Polish letter, one entry of `pages` per
 * page (text that does not fit is cut). Used for demo documents and tests.
 */
export async function writeTextPdf(title: string, pages: readonly string[]): Promise<Uint8Array> {
  fontBytes ??= readFileSync(FONT_FILE);
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setLanguage("pl-PL");
  // The font is already cut down to Latin letters (Polish included), so it is embedded whole: fast.
  const font = await pdf.embedFont(fontBytes, { subset: false });
  for (const text of pages) {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    let y = PAGE_HEIGHT - MARGIN;
    for (const line of wrap(text, font, PAGE_WIDTH - 2 * MARGIN)) {
      if (y < MARGIN) break;
      page.drawText(line, { x: MARGIN, y, size: FONT_SIZE, font });
      y -= LINE_HEIGHT;
    }
  }
  return pdf.save();
}
