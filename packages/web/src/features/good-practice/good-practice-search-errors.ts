import type { BadUserInput } from "@/lib/graphql-errors";
import type { GoodPracticeFieldError } from "./good-practice-filters";

export interface InvalidGoodPracticeSearch {
  title: string;
  message: string;
  fieldError: GoodPracticeFieldError;
}

const INVALID = "Nieprawidłowy filtr:";

/** Polish wording of the API's BAD_USER_INPUT errors, by the argument they name. */
export function describeGoodPracticeSearchError(error: BadUserInput): InvalidGoodPracticeSearch {
  switch (error.field) {
    case "filter.text": {
      const message = "tekst wyszukiwania może mieć najwyżej 200 znaków.";
      return { title: INVALID, message, fieldError: { field: "q", message: `${INVALID} ${message}` } };
    }
    case "filter.areaCode": {
      const message = "nie rozpoznaliśmy tego miejsca; wpisz nazwę gminy albo powiatu jeszcze raz.";
      return { title: INVALID, message, fieldError: { field: "gdzie", message: `${INVALID} ${message}` } };
    }
    case "after":
    case "first":
      return { title: INVALID, message: "nie ma takiej strony wyników.", fieldError: null };
    default:
      return { title: INVALID, message: "sprawdź wybrane wartości albo wyczyść filtry.", fieldError: null };
  }
}
