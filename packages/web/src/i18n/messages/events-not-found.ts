import type { Locale } from "../locales";

/**
 * The event page's not-found texts. Not-found files are client components, which must not import
 * the dictionaries, so these few words live apart.
 */
export const EVENTS_NOT_FOUND: Record<
  Locale,
  { title: string; text: string; search: string; or: string; home: string }
> = {
  pl: {
    title: "Nie znaleziono wydarzenia",
    text: "W kalendarzu nie ma wydarzenia o takim adresie. Mogło zostać wycofane albo adres jest niepełny.",
    search: "Przejdź do kalendarza wydarzeń",
    or: "albo",
    home: "wróć na stronę główną",
  },
  en: {
    title: "Event not found",
    text: "The calendar has no event at this address. It may have been withdrawn, or the address is incomplete.",
    search: "Go to the events calendar",
    or: "or",
    home: "go back to the home page",
  },
  uk: {
    title: "Подію не знайдено",
    text: "У календарі немає події за такою адресою. Можливо, її вилучено або адреса неповна.",
    search: "Перейти до календаря подій",
    or: "або",
    home: "повернутися на головну сторінку",
  },
};
