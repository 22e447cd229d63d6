import { DOCUMENTS_PATH } from "./document-search";

/** "2025–2030", "2025", "od 2025", "do 2030"; null when no year is known. */
export function periodText(fromYear: number | null | undefined, toYear: number | null | undefined) {
  if (fromYear && toYear) return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  if (fromYear) return `od ${fromYear}`;
  if (toYear) return `do ${toYear}`;
  return null;
}

const sizeFormat = new Intl.NumberFormat("pl-PL", { maximumFractionDigits: 1 });

/** "35 B", "18,8 kB", "2,4 MB" (decimal units, as file managers show them). */
export function fileSizeText(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${sizeFormat.format(bytes / 1000)} kB`;
  return `${sizeFormat.format(bytes / 1_000_000)} MB`;
}

/** "PDF" for a PDF, the media type otherwise. */
export function fileTypeText(contentType: string): string {
  return contentType === "application/pdf" ? "PDF" : contentType;
}

export function documentHref(id: string, anchor?: string): string {
  const path = `${DOCUMENTS_PATH}/${encodeURIComponent(id)}`;
  return anchor ? `${path}#${anchor}` : path;
}

/**
 * The id of a page's section on the document's page: `strona-12` in the first file (nearly every
 * document has one), `plik-2-strona-12` in the second, so that a link from a search hit is short
 * and page numbers of several files never collide.
 */
export function pageAnchor(fileIndex: number, pageNumber: number): string {
  return fileIndex === 0 ? `strona-${pageNumber}` : `plik-${fileIndex + 1}-strona-${pageNumber}`;
}

/**
 * The site's address of a file (app/dokumenty/pliki/[fileId]/route.ts passes it on from the API,
 * which the browser cannot reach). `download` saves it instead of opening it.
 */
export function fileHref(downloadPath: string, options: { download?: boolean } = {}): string {
  const fileId = downloadPath.split("/").filter(Boolean).pop() ?? "";
  const path = `${DOCUMENTS_PATH}/pliki/${encodeURIComponent(fileId)}`;
  return options.download ? `${path}?pobierz=1` : path;
}

/**
 * A page's text as paragraphs: blank lines part them; the PDF's line breaks inside a paragraph are
 * only where its column ended, so they become spaces and the text reflows on any screen.
 */
export function pageParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter((paragraph) => paragraph !== "");
}
