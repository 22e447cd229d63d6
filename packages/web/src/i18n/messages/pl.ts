import { countWith } from "../plural";
import { FALLBACK_PAGES } from "./fallback-pages";

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
  services: {
    title: "Usługi społeczne — wyszukiwarka",
    description:
      "Wyszukiwarka usług społecznych województwa podlaskiego (Koszyk usług): opieka, wsparcie rodziny, pomoc osobom z niepełnosprawnościami i seniorom — w Twojej gminie i powiecie.",
    heading: "Usługi społeczne",
    lead: "Znajdź pomoc dla siebie i bliskich: opiekę, wsparcie rodziny, usługi dla seniorów i osób z niepełnosprawnościami — w Twojej gminie i powiecie województwa podlaskiego.",
    skipToResults: "Przejdź do wyników",
    results: "Wyniki",
    goToField: "Przejdź do pola",
    placeLead: "Usługi dostępne w:",
    found: (count: number) =>
      `Znaleziono ${countWith("pl", count, { one: "usługę", few: "usługi", many: "usług", other: "usługi" })}`,
    pageOf: (page: number, pages: number) => `strona ${page} z ${pages}`,
    noSuchPage: (page: number, pages: number) =>
      `Nie ma strony ${page} — wyniki mieszczą się na ${countWith("pl", pages, { one: "stronie", few: "stronach", many: "stronach", other: "stronach" })}.`,
    firstPage: "Przejdź do pierwszej strony",
    views: "Widok wyników",
    listView: "Lista",
    mapView: "Mapa i lista",
    empty: {
      catalogue: "Katalog nie zawiera jeszcze żadnych usług.",
      noMatch: "Nie znaleźliśmy usług, które spełniają wszystkie wybrane warunki.",
      whatToDo: "Co możesz zrobić:",
      fewerWords: "wpisać mniej słów albo ogólniejsze słowo, np. rodzaj pomocy („opieka”, „posiłek”),",
      countyInstead: "wpisać nazwę powiatu zamiast gminy albo wyczyścić pole „Gmina lub powiat”,",
      uncheck: "odznaczyć część pól w filtrach,",
      clearAll: "wyczyścić wszystkie filtry",
      startOver: "i zacząć od nowa.",
    },
    errors: {
      invalid: "Nieprawidłowy filtr:",
      textTooLong: "tekst wyszukiwania może mieć najwyżej 200 znaków.",
      unknownPlace: "nie rozpoznaliśmy tego miejsca; wpisz nazwę gminy albo powiatu jeszcze raz.",
      noPage: "nie ma takiej strony wyników.",
      other: "sprawdź wpisane wartości albo wyczyść filtry.",
    },
  },
  serviceFilters: {
    heading: "Filtry wyszukiwania",
    textLabel: "Czego szukasz?",
    textHint: "Np. „opieka wytchnieniowa”, „klub seniora Sokółka”. Polskie litery nie są wymagane.",
    errorPrefix: "Błąd: ",
    areas: "Obszar usług",
    audience: "Dla kogo",
    countHint: "W nawiasie: liczba usług w całym katalogu.",
    cost: "Koszt",
    freeOnly: "tylko bezpłatne",
    more: "Sposób świadczenia, dostępność i język",
    deliveryModes: "Sposób świadczenia",
    accessibility: "Dostępność",
    accessibilityHint: "Pokażemy usługi, które mają wszystkie zaznaczone udogodnienia.",
    languages: "Język obsługi",
    submit: "Szukaj",
    clear: "Wyczyść filtry",
  },
  placePicker: {
    label: "Gmina lub powiat",
    hint: "Np. Łapy albo powiat sejneński. Pokażemy usługi z tego miejsca i te, które obejmują jego mieszkańców.",
    otherPlace: "Chodziło o inne miejsce?",
    notFoundTitle: "Nie znaleźliśmy miejsca:",
    notFound: (text: string) =>
      `w województwie podlaskim nie ma gminy ani powiatu o nazwie „${text}”. Sprawdź pisownię albo wpisz nazwę powiatu.`,
    county: (name: string) => `powiat ${name}`,
    city: (name: string) => `${name} (miasto na prawach powiatu)`,
    gmina: (kind: string, name: string, county: string | null) =>
      `${kind} ${name}${county ? ` (powiat ${county})` : ""}`,
  },
  pagination: {
    label: "Strony wyników",
    previous: "Poprzednia strona",
    next: "Następna strona",
    current: (page: number, pages: number) => `Strona ${page} z ${pages}`,
  },
  serviceMap: {
    label: "Mapa usług",
    caption: (shown: number) =>
      `Na mapie: ${countWith("pl", shown, { one: "usługa", few: "usługi", many: "usług", other: "usługi" })} z tej strony wyników`,
    captionEnd: ".",
    captionUnplaced: "; pozostałe nie mają podanego położenia.",
    stale: "dane mogą być nieaktualne",
    tiles: "Podkład mapy:",
    legend: "Legenda",
    legendPin: "koło z numerem — usługa; numer jak na liście wyników, znacznik prowadzi do opisu usługi",
    legendStale: "kwadrat — usługa, której dane mogą być nieaktualne",
    legendSpread:
      "kreska — kilka usług pod jednym adresem: znaczniki są rozsunięte, kreska prowadzi do adresu",
    legendOutline: "linia — granica województwa",
  },
  service: {
    breadcrumb: "Wyszukiwarka usług",
    description: (serviceType: string) =>
      `${serviceType}: dla kogo, ile kosztuje, jak skorzystać, gdzie i kiedy.`,
    print: "Drukuj",
    pageAddress: "Adres strony:",
    badges: "Oznaczenia",
    staleBadge: "Dane nieaktualne",
    demoBadge: "Dane demonstracyjne",
    demoTitle: "Dane demonstracyjne.",
    demoText: "Ten opis przygotowano do prezentacji serwisu — nie jest to potwierdzona informacja o usłudze.",
    recordInPolish: "Opis usługi pochodzi od usługodawcy i jest po polsku.",
    notFound: FALLBACK_PAGES.pl.serviceNotFound,
    about: {
      heading: "Na czym polega",
      type: "Rodzaj usługi",
      area: "Obszar usług społecznych",
      legalBasis: "Podstawa prawna",
      available: "Usługa dostępna",
      from: (date: string) => `od ${date} r.`,
      to: (date: string) => `do ${date} r.`,
      between: (from: string, to: string) => `od ${from} r. do ${to} r.`,
    },
    audience: {
      heading: "Dla kogo",
      age: "Wiek",
      ageRange: (min: number | null, max: number | null) => {
        // The genitive after "od" and "do": "1 roku", "18 lat".
        const years = (age: number) => `${age} ${age === 1 ? "roku" : "lat"}`;
        if (min === null) return `do ${years(max ?? 0)}`;
        if (max === null) return `od ${years(min)}`;
        return `od ${min === 1 ? years(1) : min} do ${years(max)}`;
      },
      anyAge: "bez ograniczeń wieku",
      certificate: "Orzeczenie",
      certificateRequired: "wymagane orzeczenie o niepełnosprawności (lub równoważne)",
      certificateNotRequired: "orzeczenie o niepełnosprawności nie jest wymagane",
      income: "Kryterium dochodowe",
      incomeMatters: "tak — o przyznaniu lub odpłatności decyduje dochód",
      incomeIrrelevant: "nie — dochód nie ma znaczenia",
      residence: "Miejsce zamieszkania",
      residenceRequired: "tylko dla mieszkańców obszaru, na którym działa usługa",
      residenceNotRequired: "nie trzeba mieszkać na obszarze usługi",
    },
    cost: {
      heading: "Ile kosztuje",
      kind: "Odpłatność",
      price: "Cena",
    },
    apply: {
      heading: "Jak skorzystać",
      noSteps: "Usługodawca nie opisał jeszcze, jak skorzystać z usługi — skontaktuj się z nim.",
      documents: "Potrzebne dokumenty",
      noDocuments: "Usługodawca nie podał listy dokumentów.",
      waitingTime: "Czas oczekiwania:",
    },
    places: {
      heading: "Gdzie i kiedy",
      noAddress: "Usługodawca nie podał adresu, pod którym działa usługa.",
      gmina: (name: string) => `gmina ${name}`,
      delivery: "Forma",
      notGiven: "nie podano",
      accessibility: "Dostępność",
      noAccessibility: "usługodawca nie podał udogodnień — zapytaj o nie przed wizytą",
      languages: "Języki",
    },
    hours: {
      caption: "Godziny otwarcia",
      day: "Dzień",
      hours: "Godziny",
      closed: "nieczynne",
      weekdays: ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"],
      none: "Nie podano godzin otwarcia — termin ustal z usługodawcą.",
      exceptions: "Inne godziny w wybranych dniach",
      onDate: (date: string) => `${date} r.:`,
    },
    provider: {
      heading: "Kto prowadzi",
      notPublic: "Usługodawca nie ma publicznego wpisu w rejestrze podmiotów.",
    },
    areas: {
      heading: "Obszar",
      covers: "Usługa obejmuje mieszkańców:",
      none: "Usługodawca nie podał obszaru — zapytaj, czy usługa obejmuje Twoją miejscowość.",
    },
    verification: {
      staleSince: (date: string) => `Dane mogą być nieaktualne — ostatnio sprawdzone ${date} r.`,
      staleNever: "Dane mogą być nieaktualne — nie zostały jeszcze sprawdzone.",
      staleAdvice:
        "Zanim skorzystasz z usługi, potwierdź godziny i warunki u usługodawcy. Jeśli coś się zmieniło,",
      staleReport: "zgłoś nieaktualne informacje",
      verifiedOn: (date: string) => `Dane zweryfikowano: ${date} r.`,
      notVerified: "Dane nie zostały jeszcze zweryfikowane.",
      staleSuffix: " — dane mogą być nieaktualne.",
    },
    report: {
      heading: "Zgłoś nieaktualne informacje",
      intro: "Widzisz błąd albo coś się zmieniło? Napisz nam — redakcja sprawdzi informacje u usługodawcy.",
      notSent: "Nie wysłano zgłoszenia.",
      sending: "Wysyłanie zgłoszenia…",
      sent: "Dziękujemy. Zgłoszenie trafi do redakcji.",
      messageLabel: "Co jest nieaktualne?",
      messageHint: (min: number, max: number) =>
        `Na przykład: zmieniły się godziny otwarcia, adres albo warunki. Od ${min} do ${max} znaków.`,
      contactLabel: "Twój e-mail lub telefon (nieobowiązkowo)",
      contactHint: "Podaj, jeśli redakcja może zapytać o szczegóły. Nie publikujemy go.",
      errorPrefix: "Błąd: ",
      submit: "Wyślij zgłoszenie",
    },
    reportErrors: {
      messageEmpty: "Opisz, co jest nieaktualne.",
      messageTooShort: (min: number, length: number) =>
        `Opis jest za krótki — napisz co najmniej ${min} znaków (teraz: ${length}).`,
      messageTooLong: (max: number, length: number) =>
        `Opis jest za długi — może mieć najwyżej ${max} znaków (teraz: ${length}).`,
      messageLength: (min: number, max: number) => `Opis musi mieć od ${min} do ${max} znaków.`,
      contactTooLong: (max: number) => `Kontakt może mieć najwyżej ${max} znaków.`,
      contactInvalid:
        "Wpisz adres e-mail (np. jan.kowalski@example.pl) albo numer telefonu (np. 85 123 45 67) — albo zostaw to pole puste.",
      serviceGone: "Tej usługi nie ma już w katalogu, więc nie można jej zgłosić. Odśwież stronę.",
      rateLimited: "Wysłano zbyt wiele zgłoszeń z tego adresu. Spróbuj ponownie później.",
      rejected: "Nie udało się wysłać zgłoszenia. Sprawdź pola formularza i spróbuj ponownie.",
      unavailable:
        "Nie udało się wysłać zgłoszenia — serwis jest chwilowo niedostępny. Spróbuj ponownie za chwilę.",
    },
  },
  notFound: FALLBACK_PAGES.pl.notFound,
  error: FALLBACK_PAGES.pl.error,
};

export type Messages = typeof pl;
