import type { Locale } from "../locales";

/**
 * The not-found text of a gmina or powiat page (/gminy/[code]). Not-found files are client
 * components, which must not import the dictionaries, so these few words live apart.
 */
export const DATA_NOT_FOUND: Record<
  Locale,
  { title: string; text: string; list: string; or: string; search: string }
> = {
  pl: {
    title: "Nie znaleziono gminy ani powiatu",
    text: "Adres strony powinien zawierać kod TERYT gminy (7 cyfr) albo powiatu (4 cyfry), np. /gminy/2002063.",
    list: "Wybierz gminę z listy gmin i powiatów",
    or: "albo",
    search: "wyszukaj usługę",
  },
  en: {
    title: "No municipality or county found",
    text: "The page address should contain the TERYT code of a municipality (gmina, 7 digits) or a county (powiat, 4 digits), e.g. /en/gminy/2002063.",
    list: "Choose a municipality from the list of municipalities and counties",
    or: "or",
    search: "search for a service",
  },
  uk: {
    title: "Не знайдено ні громади, ні повіту",
    text: "Адреса сторінки має містити код TERYT громади (gmina, 7 цифр) або повіту (powiat, 4 цифри), наприклад /uk/gminy/2002063.",
    list: "Виберіть громаду зі списку громад і повітів",
    or: "або",
    search: "знайдіть послугу",
  },
};
