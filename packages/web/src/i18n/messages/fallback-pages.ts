import type { Locale } from "../locales";

/**
 * The texts of the pages shown when a page is missing or fails. They render in client components
 * (not-found and error files get no params and read the URL), so they live apart from the full
 * dictionaries, which would otherwise ship to every browser.
 */
export const FALLBACK_PAGES = {
  pl: {
    notFound: {
      title: "Nie znaleziono strony",
      text: "Ta strona nie istnieje albo adres jest niepełny.",
      home: "Wróć na stronę główną",
    },
    error: {
      title: "Nie udało się wczytać danych",
      text: "Serwis jest chwilowo niedostępny. Spróbuj ponownie za chwilę.",
      retry: "Spróbuj ponownie",
    },
    serviceNotFound: {
      title: "Nie znaleziono usługi",
      text: "W katalogu nie ma usługi o takim adresie. Mogła zostać wycofana z katalogu albo adres jest niepełny.",
      search: "Wyszukaj usługę w katalogu",
      or: "albo",
      home: "wróć na stronę główną",
    },
  },
  en: {
    notFound: {
      title: "Page not found",
      text: "This page does not exist or the address is incomplete.",
      home: "Go back to the home page",
    },
    error: {
      title: "The data could not be loaded",
      text: "The site is temporarily unavailable. Please try again in a moment.",
      retry: "Try again",
    },
    serviceNotFound: {
      title: "Service not found",
      text: "There is no service with this address in the catalogue. It may have been removed from the catalogue, or the address is incomplete.",
      search: "Search for a service in the catalogue",
      or: "or",
      home: "go back to the home page",
    },
  },
  uk: {
    notFound: {
      title: "Сторінку не знайдено",
      text: "Цієї сторінки не існує або адреса неповна.",
      home: "Повернутися на головну сторінку",
    },
    error: {
      title: "Не вдалося завантажити дані",
      text: "Сайт тимчасово недоступний. Спробуйте ще раз за хвилину.",
      retry: "Спробувати ще раз",
    },
    serviceNotFound: {
      title: "Послугу не знайдено",
      text: "У каталозі немає послуги з такою адресою. Можливо, її вилучили з каталогу або адреса неповна.",
      search: "Знайти послугу в каталозі",
      or: "або",
      home: "повернутися на головну сторінку",
    },
  },
} satisfies Record<Locale, { notFound: object; error: object; serviceNotFound: object }>;
