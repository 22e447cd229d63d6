import type { Locale } from "../locales";

/**
 * The document page's not-found texts. Not-found files are client components, which must not
 * import the dictionaries, so these few words live apart.
 */
export const DOCUMENTS_NOT_FOUND: Record<
  Locale,
  { title: string; text: string; search: string; or: string; home: string }
> = {
  pl: {
    title: "Nie znaleziono dokumentu",
    text: "W bazie wiedzy nie ma dokumentu o takim adresie. Mógł zostać wycofany albo adres jest niepełny.",
    search: "Wyszukaj dokument",
    or: "albo",
    home: "wróć na stronę główną",
  },
  en: {
    title: "Document not found",
    text: "The knowledge base has no document at this address. It may have been withdrawn, or the address is incomplete.",
    search: "Search for a document",
    or: "or",
    home: "go back to the home page",
  },
  uk: {
    title: "Документ не знайдено",
    text: "У базі знань немає документа за такою адресою. Можливо, його вилучено або адреса неповна.",
    search: "Шукати документ",
    or: "або",
    home: "повернутися на головну сторінку",
  },
};
