import { countWith } from "../plural";

/**
 * The knowledge pages' UI in Polish (good practices, documents): the reference for the English and
 * Ukrainian ones, which are typed by it, so a missing key is a type error. Kept apart from pl.ts so
 * that this part of the site can grow without touching the main dictionary.
 */
export const knowledgePl = {
  goodPractices: {
    title: "Dobre praktyki",
    description:
      "Dobre praktyki polityki społecznej z województwa podlaskiego: co zrobiono, gdzie, kto to prowadził, z jakich pieniędzy i z jakim skutkiem.",
    heading: "Dobre praktyki",
    lead: "Sprawdzone pomysły z gmin, powiatów i organizacji województwa podlaskiego: co zrobiono, kto to prowadził, ile kosztowało i co z tego wyszło.",
    recordsInPolish: "Opisy dobrych praktyk przygotowują redaktorzy bazy wiedzy po polsku.",
    skipToResults: "Przejdź do wyników",
    results: "Wyniki",
    placeLead: "Dobre praktyki z miejsca:",
    found: (count: number) =>
      `Znaleziono ${countWith("pl", count, { one: "praktykę", few: "praktyki", many: "praktyk", other: "praktyki" })}`,
    pageOf: (page: number, pages: number) => `strona ${page} z ${pages}`,
    none: "Brak wyników: nie znaleziono żadnych praktyk.",
    noSuchPage: (page: number) => `Nie ma strony ${page}.`,
    outOfRange: (page: number, pages: number) =>
      `Nie ma strony ${page} — wyniki mieszczą się na ${countWith("pl", pages, { one: "stronie", few: "stronach", many: "stronach", other: "stronach" })}.`,
    firstPage: "Przejdź do pierwszej strony",
    empty: {
      knowledgeBase: "Baza wiedzy nie zawiera jeszcze żadnych dobrych praktyk.",
      noMatch: "Nie znaleźliśmy dobrych praktyk, które spełniają wszystkie wybrane warunki.",
      whatToDo: "Co możesz zrobić:",
      fewerWords: "wpisać mniej słów albo ogólniejsze słowo, np. „senior”, „mieszkanie”,",
      countyInstead: "wpisać nazwę powiatu zamiast gminy albo wyczyścić pole „Gmina lub powiat”,",
      uncheck: "odznaczyć część pól albo poszerzyć okres realizacji,",
      clearAll: "wyczyścić wszystkie filtry",
      startOver: "i zacząć od nowa.",
    },
    errors: {
      invalid: "Nieprawidłowy filtr:",
      textTooLong: "tekst wyszukiwania może mieć najwyżej 200 znaków.",
      unknownPlace: "nie rozpoznaliśmy tego miejsca; wpisz nazwę gminy albo powiatu jeszcze raz.",
      noPage: "nie ma takiej strony wyników.",
      other: "sprawdź wybrane wartości albo wyczyść filtry.",
    },
  },
  goodPracticeFilters: {
    heading: "Filtry wyszukiwania",
    textLabel: "Czego szukasz?",
    textHint: "Np. „mieszkanie treningowe”, „klub seniora”. Polskie litery nie są wymagane.",
    placeHint: "Np. Łapy albo powiat sejneński. Pokażemy praktyki z tego miejsca i te, które je obejmowały.",
    period: "Okres realizacji",
    periodHint: "Pokażemy praktyki, które trwały choć przez część wybranych lat.",
    fromYear: "Od roku",
    toYear: "Do roku",
    anyYear: "dowolnego",
    areas: "Obszar usług społecznych",
    audience: "Dla kogo",
    submit: "Szukaj",
    clear: "Wyczyść filtry",
  },
  goodPractice: {
    notFoundTitle: "Nie znaleziono dobrej praktyki",
    demo: "Dane demonstracyjne",
    demoNotice: "Ten opis przygotowano do prezentacji serwisu — projekt, osoby i liczby są zmyślone.",
    where: "Gdzie",
    when: "Kiedy",
    themes: "Tematy",
    notGiven: "nie podano",
    overview: "W skrócie",
    areas: "Obszar usług społecznych",
    audience: "Dla kogo",
    who: "Kto realizował",
    noOrganization: "nie podano podmiotu z rejestru",
    period: "Okres realizacji",
    funding: "Finansowanie",
    fundingSource: "Źródło finansowania",
    results: "Wyniki w liczbach",
    resultsCaption: "Zmierzone efekty praktyki",
    measured: "Co zmierzono",
    value: "Wynik",
    contact: "Kontakt",
    contactPerson: "Osoba do kontaktu",
    email: "E-mail",
    phone: "Telefon",
    materials: "Materiały",
    /** Period wording: a bare year, a formatted date, an open and a closed period. */
    year: (year: number) => `${year} r.`,
    date: (formatted: string) => `${formatted} r.`,
    ongoing: (from: string) => `od ${from}, trwa nadal`,
    between: (from: string, to: string) => `od ${from} do ${to}`,
  },
};

export type KnowledgeMessages = typeof knowledgePl;
