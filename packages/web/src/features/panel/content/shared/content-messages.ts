import type { ApiUserError } from "../../forms/form-state";

/**
 * Polish words for the API's phrasings that only services, documents and good practices use; the
 * rest is translated by records/api-messages.ts (which leaves these, already Polish, as they are).
 */
const PHRASES: readonly [RegExp, string][] = [
  [/^must be a time HH:MM$/, "wpisz godzinę w postaci GG:MM, np. 08:00"],
  [/^must be later than opens$/, "musi być późniejsza niż godzina otwarcia"],
  [/^overlaps .* on the same weekday$/, "nachodzi na inne godziny tego dnia"],
  [/^must name at least one way of delivery$/, "wybierz co najmniej jedną formę realizacji"],
  [/^a service needs at least one location or one area served$/, "podaj miejsce albo obszar działania"],
  [/^is required for a paid service$/, "podaj cenę usługi odpłatnej"],
  [/^must be empty for a free service$/, "usługa bezpłatna nie ma ceny"],
  [/^must say what the price is for$/, "napisz, za co jest cena, np. „za godzinę”"],
  [/^must explain how the payment is decided/, "wyjaśnij, od czego zależy odpłatność"],
  [/^must be between 0 and 130$/, "musi być liczbą od 0 do 130"],
  [/^must not be less than minAge$/, "nie może być mniejszy niż wiek od"],
  [/^is already used by another (service|good practice|document)$/, "jest już zajęty przez inny rekord"],
  [/^is already used by another indicator$/, "ma już inny wskaźnik — kod wskaźnika nie może się powtarzać"],
  [/^no indicator has this code$/, "nie ma wskaźnika o tym kodzie"],
  [
    /^must be at most 64 letters and digits/,
    "kod to najwyżej 64 litery i cyfry, połączone znakami . _ lub -",
  ],
  [/^must be an indicator code$/, "to nie jest kod wskaźnika"],
  [/^no unit of the TERYT register has this code$/, "nie ma takiej jednostki w rejestrze TERYT"],
  [/^must be a year from 1990 to 2100$/, "wpisz rok od 1990 do 2100"],
  [/^must be less than 10\^15 in absolute value$/, "liczba jest za duża"],
  [/^must not be before validFrom$/, "nie może być wcześniejsza niż data początku"],
  [/^no organization has this ID$/, "nie ma takiego podmiotu"],
  [/^must be at least one$/, "wybierz co najmniej jedną możliwość"],
];

export function contentMessage(message: string): string {
  for (const [pattern, polish] of PHRASES) if (pattern.test(message)) return polish;
  return message;
}

/** The API's errors with this module's phrasings in Polish and their paths moved by `fieldOf`. */
export function contentUserErrors(
  userErrors: readonly ApiUserError[],
  fieldOf: (path: readonly string[]) => string[] = (path) => [...path],
): ApiUserError[] {
  return userErrors.map(({ field, message }) => ({
    field: fieldOf(field),
    message: contentMessage(message),
  }));
}
