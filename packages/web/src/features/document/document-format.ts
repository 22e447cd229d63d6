import { LOCALE_TAGS, type Locale } from "@/i18n/locales";
import { getMessages } from "@/i18n/messages";
import { formatDate } from "@/lib/dates";
import { DOCUMENTS_PATH } from "./document-search";

/** "2025–2030", "2025", "od 2025", "do 2030" (in the page's language); null when no year is known. */
export function periodText(
  fromYear: number | null | undefined,
  toYear: number | null | undefined,
  locale: Locale = "pl",
): string | null {
  const words = getMessages(locale).documents.facts;
  if (fromYear && toYear) return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
  if (fromYear) return words.from(String(fromYear));
  if (toYear) return words.to(String(toYear));
  return null;
}

/** "od 1 kwietnia 2025 do 31 grudnia 2030" (in the page's language); null when neither date is known. */
export function inForceText(
  from: string | null | undefined,
  to: string | null | undefined,
  locale: Locale = "pl",
): string | null {
  const words = getMessages(locale).documents.facts;
  const date = (isoDate: string) => formatDate(isoDate, LOCALE_TAGS[locale]);
  const parts = [from && words.from(date(from)), to && words.to(date(to))].filter(Boolean);
  return parts.length > 0 ? parts.join(" ") : null;
}

/** "35 B", "18,8 kB", "2,4 MB", "18.8 kB" (decimal units, as file managers show them). */
export function fileSizeText(bytes: number, locale: Locale = "pl"): string {
  const words = getMessages(locale).documents.files;
  const format = new Intl.NumberFormat(LOCALE_TAGS[locale], { maximumFractionDigits: 1 });
  if (bytes < 1000) return `${format.format(bytes)} ${words.bytes}`;
  if (bytes < 1_000_000) return `${format.format(bytes / 1000)} ${words.kilobytes}`;
  return `${format.format(bytes / 1_000_000)} ${words.megabytes}`;
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
