import type { Locale } from "../locales";

/**
 * The texts of an organization's not-found page. It renders in a client component (not-found files
 * get no params and read the URL), so they live apart from the full dictionaries, like FALLBACK_PAGES.
 */
export const ORGANIZATION_NOT_FOUND: Record<
  Locale,
  { title: string; text: string; search: string; or: string; home: string }
> = {
  pl: {
    title: "Nie znaleziono podmiotu",
    text: "W rejestrze nie ma podmiotu o takim adresie. Mógł zostać usunięty z rejestru albo adres jest niepełny.",
    search: "Wyszukaj podmiot w rejestrze",
    or: "albo",
    home: "wróć na stronę główną",
  },
  en: {
    title: "Entity not found",
    text: "There is no entity at this address in the registry. It may have been removed from the registry, or the address is incomplete.",
    search: "Search for an entity in the registry",
    or: "or",
    home: "go back to the home page",
  },
  uk: {
    title: "Суб’єкт не знайдено",
    text: "У реєстрі немає суб’єкта з такою адресою. Його могли вилучити з реєстру, або адреса неповна.",
    search: "Шукати суб’єкт у реєстрі",
    or: "або",
    home: "повернутися на головну сторінку",
  },
};
