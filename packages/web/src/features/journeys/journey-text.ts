import type { Locale } from "@/i18n/locales";
import { JOURNEY_TEXTS_EN } from "./journey-texts-en";
import { JOURNEY_TEXTS_UK } from "./journey-texts-uk";
import type { Journey, JourneyText } from "./journeys";

const TRANSLATIONS: Record<Exclude<Locale, "pl">, Record<Journey["slug"], JourneyText>> = {
  en: JOURNEY_TEXTS_EN,
  uk: JOURNEY_TEXTS_UK,
};

/** A journey in a language: its words translated, its slug and filter (the catalogue's, in Polish) kept. */
export function localizeJourney(journey: Journey, locale: Locale): Journey {
  return locale === "pl" ? journey : { ...journey, ...TRANSLATIONS[locale][journey.slug] };
}
