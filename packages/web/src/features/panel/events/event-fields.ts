import type { ApiUserError } from "../forms/form-state";
import { contentMessage } from "../content/shared/content-messages";

/** Every field of the event form, in its order, labelled for the error summary. */
export const EVENT_FIELD_LABELS: Record<string, string> = {
  kind: "Rodzaj wydarzenia",
  title: "Tytuł",
  summary: "Streszczenie",
  descriptionMarkdown: "Program i opis",
  slug: "Adres strony (slug)",
  startsAt: "Początek",
  endsAt: "Koniec",
  "venue.name": "Nazwa miejsca",
  "venue.streetAddress": "Ulica i numer",
  "venue.postalCode": "Kod pocztowy",
  "venue.city": "Miejscowość",
  "venue.gminaCode": "Kod TERYT gminy",
  "venue.latitude": "Szerokość geograficzna",
  "venue.longitude": "Długość geograficzna",
  onlineUrl: "Adres wydarzenia online",
  capacity: "Liczba miejsc",
  registrationOpensAt: "Początek zapisów",
  registrationClosesAt: "Koniec zapisów",
  audiences: "Dla kogo (grupy zawodowe)",
  topics: "Tematy",
  serviceAreas: "Obszary usług społecznych",
  targetGroups: "Grupy mieszkańców, których dotyczy",
  organizerId: "Organizator z rejestru",
  organizerName: "Nazwa organizatora spoza rejestru",
  documentIds: "Powiązane dokumenty",
  otherDocumentIds: "Inne dokumenty (identyfikatory)",
  goodPracticeIds: "Prezentowane dobre praktyki",
  otherGoodPracticeIds: "Inne dobre praktyki (identyfikatory)",
};

const PHRASES: readonly [RegExp, string][] = [
  [/^must be a date and time such as/, "wpisz datę i godzinę, np. 2026-12-03 10:00 (czas polski)"],
  [/^must be after the start$/, "musi być późniejszy niż początek"],
  [/^must be at most 31 days after the start$/, "wydarzenie może trwać najwyżej 31 dni"],
  [/^give a place or an online address/, "podaj miejsce albo adres wydarzenia online"],
  [/^is already used by another event$/, "ma już inne wydarzenie"],
  [/^give the organizing organization, or its name/, "wybierz organizatora z rejestru albo wpisz jego nazwę"],
  [
    /^must lie in the województwo of the gmina/,
    "punkt leży poza województwem tej gminy — czy nie zamieniono szerokości z długością?",
  ],
  [/^give both latitude and longitude, or neither$/, "podaj obie współrzędne albo żadnej"],
  [
    /^must be a whole number from 1 to (\d+), or empty/,
    "wpisz liczbę całkowitą od 1 albo zostaw puste (bez limitu)",
  ],
  [/^must be after registration opens$/, "musi być późniejszy niż początek zapisów"],
  [/^must not be after the event ends$/, "nie może być późniejszy niż koniec wydarzenia"],
  [/^must be before the event ends$/, "musi być wcześniejszy niż koniec wydarzenia"],
  [/^must be a TERYT gmina code of 7 digits$/, "musi być 7-cyfrowym kodem TERYT gminy"],
  [/^must list at most (\d+) records$/, "można wskazać najwyżej tyle rekordów, ile pozwala API"],
  [/^no (Document|GoodPractice|organization) has this ID$/, "jednego z rekordów nie ma albo jest w archiwum"],
  [/^is not the ID of an? /, "to nie jest identyfikator rekordu tego rodzaju"],
];

function eventMessage(message: string): string {
  for (const [pattern, polish] of PHRASES) if (pattern.test(message)) return polish;
  return contentMessage(message);
}

/**
 * The API's errors in Polish, each moved to a field of the form: "no place" to the city, a wrong
 * linked record to the field of typed IDs (always shown, unlike the group of checkboxes).
 */
export function eventUserErrors(userErrors: readonly ApiUserError[]): ApiUserError[] {
  return userErrors.map(({ field, message }) => {
    const path = field.join(".");
    const moved =
      path === "input.venue"
        ? ["input", "venue", "city"]
        : field[1] === "documentIds" || field[1] === "goodPracticeIds"
          ? ["input", field[1] === "documentIds" ? "otherDocumentIds" : "otherGoodPracticeIds"]
          : [...field];
    return { field: moved, message: eventMessage(message) };
  });
}
