import { countWith } from "../plural";

/**
 * The site's UI in Polish: the reference dictionary. `Messages` is its type, so a key missing in
 * another language is a type error. Records from the database are never here: they stay in Polish.
 */
export const pl = {
  site: {
    name: "Obserwatorium",
    description:
      "Obserwatorium polityki społecznej: podmioty ekonomii społecznej, usługi społeczne, dokumenty i wskaźniki województwa podlaskiego.",
    skipLink: "Przejdź do treści",
    tagline: "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
    footer: "Obserwatorium — otwarte oprogramowanie dla regionalnej polityki społecznej.",
    languages: "Język serwisu",
    polishOnly: "Ta strona jest dostępna tylko po polsku.",
  },
  nav: {
    label: "Główna",
    home: "Strona główna",
    organizations: "Podmioty ekonomii społecznej",
    services: "Usługi społeczne",
    documents: "Dokumenty",
    goodPractices: "Dobre praktyki",
    data: "Dane",
    procurement: "Zakup Prospołeczny",
  },
  siteInfo: {
    label: "Informacje o serwisie",
    about: "O serwisie",
    accessibility: "Deklaracja dostępności",
    contact: "Kontakt",
    privacy: "Polityka prywatności",
  },
  searchBox: {
    landmark: "Serwis",
    label: "Szukaj w serwisie",
    submit: "Szukaj",
    suggestions: "Podpowiedzi",
    none: "Brak podpowiedzi.",
    found: (count: number) =>
      `${countWith("pl", count, { one: "podpowiedź", few: "podpowiedzi", many: "podpowiedzi", other: "podpowiedzi" })}. Użyj strzałek w górę i w dół, aby wybrać.`,
    kinds: {
      PLACE: "gmina lub powiat",
      ORGANIZATION: "podmiot",
      SERVICE_AREA: "obszar usług",
      SERVICE_TYPE: "rodzaj usługi",
    },
  },
  home: {
    title: "Obserwatorium polityki społecznej województwa podlaskiego",
    description:
      "Znajdź usługę społeczną w swojej gminie, dostawcę ze znakiem Zakup Prospołeczny albo dobre praktyki, dokumenty i dane o polityce społecznej województwa podlaskiego.",
    heading: "Obserwatorium polityki społecznej",
    lead: "Pomoc i usługi społeczne w województwie podlaskim, dostawcy ekonomii społecznej oraz wiedza o tym, co działa — w jednym miejscu.",
    searchLabel: "Czego szukasz?",
    searchHint:
      "Wpisz, czego potrzebujesz i gdzie, np. „opieka wytchnieniowa Łapy”, „catering Sokółka”, „plan deinstytucjonalizacji Białystok”.",
    searchSubmit: "Szukaj",
    findService: "Znajdź usługę",
    findServiceText:
      "Dla mieszkańców: opieka, wsparcie rodziny, pomoc dla seniorów i osób z niepełnosprawnościami.",
    allServices: "Wszystkie usługi społeczne",
    servicesCount: (count: number) =>
      `W katalogu: ${countWith("pl", count, { one: "usługa", few: "usługi", many: "usług", other: "usługi" })}`,
    findSupplier: "Znajdź dostawcę — zakupy prospołeczne",
    findSupplierText:
      "Dla samorządów: spółdzielnie socjalne, fundacje, CIS, ZAZ i inne podmioty ekonomii społecznej, które mogą wykonać zamówienie.",
    reservedContracts: "Zamówienia zastrzeżone i klauzule społeczne — wyszukiwarka dostawców",
    registry: "Rejestr podmiotów ekonomii społecznej",
    certifiedSuppliers: "Dostawcy ze znakiem Zakup Prospołeczny",
    organizationsCount: (count: number) =>
      `W rejestrze: ${countWith("pl", count, { one: "podmiot", few: "podmioty", many: "podmiotów", other: "podmiotu" })}`,
    knowledge: "Wiedza: dobre praktyki, dokumenty, dane",
    knowledgeText: "Co zadziałało w innych gminach, plany i programy regionu, wskaźniki obserwatorium.",
    goodPractices: "Dobre praktyki",
    documents: "Dokumenty",
    data: "Dane i wskaźniki",
    knowledgeCount: (goodPractices: number, documents: number) =>
      `${countWith("pl", goodPractices, { one: "dobra praktyka", few: "dobre praktyki", many: "dobrych praktyk", other: "dobrej praktyki" })} · ${countWith("pl", documents, { one: "dokument", few: "dokumenty", many: "dokumentów", other: "dokumentu" })}`,
    latestCertificates: "Najnowsze certyfikaty „Zakup Prospołeczny”",
    allCertified: "Wszyscy dostawcy ze znakiem Zakup Prospołeczny",
    noCertificates: "Obecnie żaden certyfikat nie jest ważny.",
    unpublishedHolder: "Podmiot niepublikowany",
    validFrom: (date: string) => `ważny od ${date} r.`,
    demo: "dane demonstracyjne",
    latestDocuments: "Najnowsze dokumenty",
    allDocuments: "Wszystkie dokumenty",
    noDocuments: "Nie ma jeszcze opublikowanych dokumentów.",
    places: "Gminy i powiaty województwa — lista z kodami TERYT",
  },
  journey: {
    breadcrumb: "Znajdź usługę",
    nearYou: "Usługi w Twojej okolicy",
    placeLabel: "Gmina lub powiat",
    placeHint: "Na przykład: Łapy, Sokółka, powiat augustowski. Pokażemy usługi dostępne w tym miejscu.",
    showServices: "Pokaż usługi",
    seeAll: (audience: string, count: number) =>
      `Zobacz wszystkie usługi ${audience} w wyszukiwarce (${count.toLocaleString("pl-PL")})`,
    examples: "Przykładowe usługi w województwie podlaskim",
    none: "W katalogu nie ma jeszcze takich usług.",
    found: (count: number, audience: string) =>
      `Znaleźliśmy w katalogu ${countWith("pl", count, { one: "usługę", few: "usługi", many: "usług", other: "usługi" })} ${audience}.`,
    showingFirst: (shown: number) => `Pokazujemy pierwsze ${shown}.`,
    showAll: (count: number) =>
      `Pokaż wszystkie ${countWith("pl", count, { one: "usługę", few: "usługi", many: "usług", other: "usługi" })} w wyszukiwarce i zawęź do swojej gminy`,
    recordsInPolish: "Opisy usług pochodzą od usługodawców i są po polsku.",
  },
  serviceCard: {
    provider: "Prowadzi",
    cost: "Koszt",
    place: "Miejsce",
    residents: "Dla mieszkańców",
    noProvider: "usługodawca nie jest podany",
    noAddress: "bez stałego adresu",
    badges: "Oznaczenia",
    stale: "Dane mogą być nieaktualne",
    demo: "Dane demonstracyjne",
    morePlaces: (count: number) => `i ${count} ${count === 1 ? "inne miejsce" : "inne miejsca"}`,
  },
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
};

export type Messages = typeof pl;
