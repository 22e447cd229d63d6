import type { Locale } from "../locales";

/**
 * The knowledge pages' not-found texts. Not-found files are client components, which must not
 * import the dictionaries, so these few words live apart.
 */
export const KNOWLEDGE_NOT_FOUND: Record<
  Locale,
  { goodPractice: { title: string; text: string; search: string }; or: string; home: string }
> = {
  pl: {
    goodPractice: {
      title: "Nie znaleziono dobrej praktyki",
      text: "W bazie wiedzy nie ma praktyki o takim adresie. Mogła zostać wycofana albo adres jest niepełny.",
      search: "Wyszukaj dobrą praktykę",
    },
    or: "albo",
    home: "wróć na stronę główną",
  },
  en: {
    goodPractice: {
      title: "Good practice not found",
      text: "The knowledge base has no practice at this address. It may have been withdrawn, or the address is incomplete.",
      search: "Search for a good practice",
    },
    or: "or",
    home: "go back to the home page",
  },
  uk: {
    goodPractice: {
      title: "Добру практику не знайдено",
      text: "У базі знань немає практики за такою адресою. Можливо, її вилучено або адреса неповна.",
      search: "Шукати добру практику",
    },
    or: "або",
    home: "повернутися на головну сторінку",
  },
};
