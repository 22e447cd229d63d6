import type { BadUserInput } from "@/lib/graphql-errors";

export interface InvalidDocumentSearch {
  message: string;
  /** Set when the text field is at fault, so the error is shown (and announced) there too. */
  textError: string | null;
}

/** Polish wording of the API's BAD_USER_INPUT errors, by the argument they name. */
export function describeDocumentSearchError(error: BadUserInput): InvalidDocumentSearch {
  switch (error.field) {
    case "filter.text":
      return {
        message: "tekst wyszukiwania może mieć najwyżej 200 znaków.",
        textError: "Nieprawidłowy filtr: tekst wyszukiwania może mieć najwyżej 200 znaków.",
      };
    case "after":
    case "first":
      return { message: "nie ma takiej strony wyników.", textError: null };
    default:
      return { message: "sprawdź wybrane wartości albo wyczyść filtry.", textError: null };
  }
}
