import { countWith } from "../plural";
import { FALLBACK_PAGES } from "./fallback-pages";
import { registryPl } from "./registry.pl";
import { knowledgePl } from "./knowledge.pl";
import { documentsPl } from "./documents.pl";
import { dataPl } from "./data.pl";
import { eventsPl } from "./events.pl";
import { apiDocsPl } from "./api-docs.pl";

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
    breadcrumbs: "Ścieżka nawigacji",
    tagline: "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
    footer: "Obserwatorium — otwarte oprogramowanie dla regionalnej polityki społecznej.",
    languages: "Język serwisu",
    polishOnly: "Ta strona jest dostępna tylko po polsku.",
    print: "Drukuj",
    pageAddress: "Adres strony:",
  },
  nav: {
    label: "Główna",
    home: "Strona główna",
    organizations: "Podmioty ekonomii społecznej",
    services: "Usługi społeczne",
    documents: "Dokumenty",
    goodPractices: "Dobre praktyki",
    events: "Wydarzenia",
    data: "Dane",
    procurement: "Zakup Prospołeczny",
  },
  siteInfo: {
    label: "Informacje o serwisie",
    about: "O serwisie",
    accessibility: "Deklaracja dostępności",
    contact: "Kontakt",
    privacy: "Polityka prywatności",
    api: "API dla partnerów",
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
  search: {
    title: "Wyniki wyszukiwania",
    description:
      "Jedna wyszukiwarka dla całego serwisu: usługi społeczne, podmioty ekonomii społecznej, dobre praktyki, dokumenty (do strony) oraz gminy i powiaty województwa podlaskiego.",
    heading: "Wyniki wyszukiwania",
    askForText: "Wpisz, czego szukasz: usługi, podmiotu, dokumentu, gminy lub powiatu.",
    degraded: "Wyszukiwanie działa w trybie awaryjnym — wyniki mogą być mniej trafne.",
    goToField: "Przejdź do pola",
    results: "Wyniki",
    found: (count: number) =>
      `Znaleziono ${countWith("pl", count, { one: "wynik", few: "wyniki", many: "wyników", other: "wyniku" })}`,
    pageOf: (page: number, pages: number) => `strona ${page} z ${pages}`,
    none: "Brak wyników: nie znaleziono żadnych wyników.",
    noSuchPage: (page: number) => `Nie ma strony ${page}.`,
    firstPage: "Przejdź do pierwszej strony",
    form: {
      landmark: "Wyszukiwanie",
      textLabel: "Czego szukasz?",
      textHint:
        "Np. „opieka wytchnieniowa Łapy”, „spółdzielnia socjalna”, „mieszkania wspomagane”. Polskie litery nie są wymagane.",
      showOnly: "Pokaż tylko",
      placeHint:
        "Np. Łapy albo powiat sejneński. Pokażemy to, co dotyczy tego miejsca, także całego jego powiatu i regionu.",
      serviceAreas: "Obszar wsparcia",
      targetGroups: "Dla kogo",
      legalForms: "Forma prawna podmiotu",
      documentKinds: "Rodzaj dokumentu",
      freeOnly: "Tylko bezpłatne usługi",
      submit: "Szukaj",
    },
    types: {
      SERVICE: { label: "Usługa", plural: "Usługi" },
      ORGANIZATION: { label: "Podmiot", plural: "Podmioty" },
      GOOD_PRACTICE: { label: "Dobra praktyka", plural: "Dobre praktyki" },
      DOCUMENT: { label: "Dokument", plural: "Dokumenty" },
      TERRITORIAL_UNIT: { label: "Miejsce", plural: "Gminy i powiaty" },
    },
    anyType: "Wynik",
    documentPage: (page: number) => `strona ${page}`,
    empty: {
      noMatch: (text: string) => `Nie znaleźliśmy nic dla zapytania „${text}”.`,
      didYouMean: "Czy chodziło Ci o:",
      whatToDo: "Co możesz zrobić:",
      spelling: "sprawdzić pisownię albo wpisać mniej słów,",
      broader: "użyć ogólniejszego słowa, np. „opieka” zamiast „opiekunka”,",
      moreTypes: "zaznaczyć więcej rodzajów wyników albo żaden,",
      withoutFilters: "szukać bez zawężeń (miejsca, kategorii, grup, form prawnych i rodzajów dokumentów)",
      browse: "przejrzeć",
      services: "usługi społeczne",
      organizations: "podmioty",
      or: "lub",
      documents: "dokumenty",
      startOver: "zacząć od nowa",
    },
  },
  toFill: (what: string) => `[do uzupełnienia przez ROPS: ${what}]`,
  about: {
    title: "O serwisie",
    description:
      "Czym jest Obserwatorium polityki społecznej województwa podlaskiego, kto je prowadzi, jakie dane zawiera i na jakich zasadach je udostępnia.",
    heading: "O serwisie",
    lead: "Obserwatorium to serwis o polityce społecznej województwa podlaskiego. Zbiera w jednym miejscu informacje o usługach społecznych, podmiotach ekonomii społecznej, dokumentach, dobrych praktykach i wskaźnikach regionu.",
    operatorHeading: "Kto prowadzi serwis",
    operatorBefore: "Serwis prowadzi",
    operatorAfter:
      "— regionalny ośrodek polityki społecznej samorządu województwa podlaskiego. Dane kontaktowe znajdziesz na stronie",
    contactLink: "Kontakt",
    contentsHeading: "Co znajdziesz w serwisie",
    contents: {
      services: {
        link: "Usługi społeczne",
        text: "— katalog usług, z których mogą skorzystać mieszkańcy: dla kogo są, ile kosztują, jak się zgłosić, gdzie i kiedy są świadczone.",
      },
      organizations: {
        link: "Podmioty ekonomii społecznej",
        text: "— rejestr spółdzielni socjalnych, fundacji, stowarzyszeń, CIS, KIS, ZAZ, WTZ i innych podmiotów, z ich ofertą i statusem przedsiębiorstwa społecznego.",
      },
      procurement: {
        link: "Zakup Prospołeczny",
        text: "— podmioty i produkty oznaczone znakiem „Zakup Prospołeczny”.",
      },
      documents: {
        link: "Dokumenty",
        text: "— plany deinstytucjonalizacji, programy, strategie, oceny zasobów pomocy społecznej i raporty, z wyszukiwaniem w ich treści.",
      },
      goodPractices: { link: "Dobre praktyki", text: "— opisy sprawdzonych rozwiązań z regionu." },
      data: {
        link: "Dane i wskaźniki",
        text: "— wskaźniki obserwatorium w powiatach i województwach, z danymi do pobrania w formacie CSV.",
      },
    },
    demoHeading: "Dane demonstracyjne",
    demoBefore: "Część rekordów jest oznaczona jako",
    demoLabel: "„dane demonstracyjne”",
    demoAfter:
      ". Przygotowaliśmy je, aby pokazać działanie serwisu: nie są to potwierdzone informacje o usługach, podmiotach, dokumentach ani wartościach wskaźników. Nie podejmuj na ich podstawie decyzji.",
    sources:
      "Dane, które nie są demonstracyjne, pochodzą od samorządów, jednostek pomocy społecznej i samych podmiotów. Przy każdym rekordzie podajemy datę ostatniej weryfikacji i jej źródło. Jeśli widzisz błąd, zgłoś go formularzem na stronie usługi albo napisz do nas.",
    openHeading: "Otwarte oprogramowanie i otwarte dane",
    openText:
      "Obserwatorium jest oprogramowaniem o otwartym kodzie źródłowym. Wszystkie publiczne dane są dostępne także przez otwarte API GraphQL, z którego mogą korzystać systemy partnerów, a wskaźniki można pobrać w formacie CSV. Wskaźniki udostępniamy na licencji Creative Commons Uznanie autorstwa 4.0 (CC BY 4.0).",
    accessibilityHeading: "Dostępność",
    accessibilityBefore:
      "Serwis projektujemy zgodnie z wymaganiami WCAG 2.2 na poziomie AA. Stan dostępności i sposób zgłaszania problemów opisuje",
    accessibilityLink: "deklaracja dostępności",
  },
  contact: {
    title: "Kontakt",
    description:
      "Kontakt z redakcją Obserwatorium w Regionalnym Ośrodku Polityki Społecznej w Białymstoku: adres, e-mail, telefon i zgłaszanie błędów w danych.",
    heading: "Kontakt",
    lead: (operator: string) =>
      `Serwis prowadzi ${operator}. Napisz do nas, jeśli masz pytanie o dane, chcesz dodać lub poprawić informacje o swojej usłudze albo podmiocie, lub coś w serwisie nie działa.`,
    editorsHeading: "Redakcja Obserwatorium",
    postalAddress: "adres pocztowy",
    email: "E-mail",
    phone: "Telefon",
    phoneToFill: "numer telefonu",
    staleHeading: "Nieaktualne informacje o usłudze",
    staleText:
      "Na stronie każdej usługi jest formularz „Zgłoś nieaktualne informacje”. To najszybsza droga: zgłoszenie trafia do redakcji razem z adresem usługi, a redakcja sprawdza dane u usługodawcy.",
    accessibilityHeading: "Dostępność serwisu",
    accessibilityBefore:
      "Jeśli nie możesz skorzystać z jakiejś części serwisu, skorzystaj z danych kontaktowych i procedury opisanych w",
    accessibilityLink: "deklaracji dostępności",
    privacyHeading: "Dane osobowe",
    privacyBefore: "Jak przetwarzamy dane osobowe, opisuje",
    privacyLink: "polityka prywatności",
  },
  privacy: {
    title: "Polityka prywatności",
    description:
      "Jak Obserwatorium przetwarza dane osobowe (RODO): administrator, cele, okres przechowywania, prawa osób, pliki cookies.",
    heading: "Polityka prywatności",
    lead: "Serwis możesz przeglądać anonimowo: nie zakładamy kont mieszkańcom, nie śledzimy odwiedzin i nie używamy narzędzi analitycznych ani reklamowych.",
    controllerHeading: "Administrator danych",
    controllerBefore: (operator: string) => `Administratorem danych osobowych jest ${operator},`,
    seatToFill: "adres siedziby",
    controllerEmail: ", e-mail:",
    officer:
      ". We wszystkich sprawach dotyczących danych osobowych możesz napisać do inspektora ochrony danych:",
    purposesHeading: "Jakie dane, w jakim celu i na jakiej podstawie",
    purposes: [
      {
        title: "Zgłoszenia nieaktualnych informacji.",
        text: "Gdy zgłaszasz, że informacje o usłudze są nieaktualne, przetwarzamy treść zgłoszenia i — jeśli go podasz — kontakt do Ciebie, aby sprawdzić i poprawić dane oraz w razie potrzeby odpowiedzieć. Podstawą jest wykonywanie zadania w interesie publicznym (art. 6 ust. 1 lit. e RODO). Podanie kontaktu jest dobrowolne. Aby chronić formularz przed nadużyciami, przez godzinę przechowujemy skrót (hash) adresu IP — nie sam adres.",
      },
      {
        title: "Konta redaktorów.",
        text: "Dla pracowników, którzy redagują dane, przetwarzamy imię i nazwisko, adres e-mail, rolę oraz dziennik zmian, które wprowadzili. Podstawą jest wykonywanie zadania w interesie publicznym i obowiązków pracodawcy (art. 6 ust. 1 lit. c i e RODO).",
      },
      {
        title: "Dane kontaktowe podmiotów i usług.",
        text: "Rejestr zawiera służbowe dane kontaktowe podmiotów i usługodawców (adres, telefon, e-mail), które publikujemy, aby mieszkańcy mogli z nich skorzystać (art. 6 ust. 1 lit. e RODO).",
      },
      {
        title: "Zapisy na wydarzenia.",
        text: "Gdy zapisujesz się na szkolenie, konferencję lub inne wydarzenie, przetwarzamy imię i nazwisko, adres e-mail, instytucję, rolę, gminę instytucji i — jeśli je podasz — potrzeby związane z dostępnością, aby zorganizować wydarzenie, prowadzić listę obecności i listę rezerwową oraz rozliczyć projekt (ile osób z których instytucji przeszkolono). Podstawą jest Twoja zgoda, której treść zapisujemy wraz z chwilą jej udzielenia (art. 6 ust. 1 lit. a RODO), a dla informacji o dostępności — art. 9 ust. 2 lit. a RODO. Dane widzą tylko redaktorzy. Aby chronić formularz przed nadużyciami, przez godzinę przechowujemy skrót (hash) adresu IP — nie sam adres.",
      },
    ],
    retentionHeading: "Jak długo przechowujemy dane",
    retention: [
      "Zgłoszenia — do ich rozpatrzenia, a następnie przez okres wynikający z przepisów o archiwizacji.",
      "Skrót adresu IP z formularza zgłoszeń — godzinę.",
      "Konta redaktorów — przez czas pełnienia tej funkcji; dziennik zmian — tak długo, jak dane, których dotyczy, z uwagi na rozliczalność.",
      "Zapisy na wydarzenia — 90 dni po zakończeniu wydarzenia; potem usuwamy imię i nazwisko, adres e-mail i informacje o dostępności, a zostają tylko dane statystyczne (instytucja, rola, gmina).",
    ],
    rightsHeading: "Twoje prawa",
    rights:
      "Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia lub ograniczenia przetwarzania oraz prawo wniesienia sprzeciwu wobec przetwarzania. Masz też prawo wnieść skargę do Prezesa Urzędu Ochrony Danych Osobowych (ul. Stawki 2, 00-193 Warszawa). Nie podejmujemy decyzji w sposób zautomatyzowany i nie profilujemy. Danych nie przekazujemy poza Europejski Obszar Gospodarczy.",
    cookiesHeading: "Pliki cookies",
    cookiesBefore: "Serwis używa",
    cookiesOne: "jednego, technicznego",
    cookiesSession: "pliku cookie: sesji zalogowanego redaktora (",
    cookiesAfter:
      "). Powstaje on tylko po zalogowaniu i jest niezbędny do pracy redakcji. Mieszkańcy przeglądający serwis nie dostają żadnych plików cookies. Nie używamy cookies analitycznych, reklamowych ani śledzących, dlatego nie prosimy o zgodę na nie.",
  },
  accessibilityStatement: {
    title: "Deklaracja dostępności",
    description:
      "Deklaracja dostępności serwisu Obserwatorium Regionalnego Ośrodka Polityki Społecznej w Białymstoku: stan zgodności z ustawą o dostępności cyfrowej, kontakt i procedura wnioskowo-skargowa.",
    heading: "Deklaracja dostępności",
    introCommits:
      "zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dostępności dotyczy strony internetowej",
    siteName: (url: string) => `Obserwatorium (${url})`,
    datesHeading: "Daty publikacji i aktualizacji",
    publishedOn: "Data publikacji strony internetowej:",
    publishedToFill: "data publikacji (RRRR-MM-DD)",
    updatedOn: "Data ostatniej istotnej aktualizacji:",
    statusHeading: "Status pod względem zgodności z ustawą",
    statusBefore: "Strona internetowa jest",
    statusPartial: "częściowo zgodna",
    statusAfter:
      "z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności wymienionych poniżej. Serwis projektujemy i testujemy pod kątem WCAG 2.2 na poziomie AA, ale do czasu zewnętrznego audytu dostępności nie deklarujemy pełnej zgodności.",
    nonCompliantHeading: "Niezgodności",
    nonCompliant: [
      "Wersje serwisu w języku angielskim i ukraińskim są w przygotowaniu; obecnie po angielsku i ukraińsku jest dostępna tylko część stron, pozostałe są po polsku.",
      "Mapa usług jest uproszczonym rysunkiem (SVG) z punktami usług; nie pokazuje wszystkich szczegółów terenu. Te same usługi są zawsze dostępne w widoku listy, a mapy wskaźników mają tabele z wartościami.",
      "Część plików PDF, w tym wszystkie dokumenty demonstracyjne, nie ma struktury znaczników. Tekst tych plików pokazujemy na stronie dokumentu, podzielony na strony. Skany bez warstwy tekstowej nie są dostępne dla czytników ekranu — na żądanie przygotujemy ich treść w dostępnej formie.",
      "Informacje o serwisie w tekście łatwym do czytania (ETR) i w polskim języku migowym są w przygotowaniu.",
    ],
    preparationHeading: "Przygotowanie deklaracji dostępności",
    preparedOn: "Data sporządzenia deklaracji:",
    reviewedOn: "Data ostatniego przeglądu deklaracji:",
    methodBefore: "Deklarację sporządzono na podstawie",
    methodSelfAssessment: "samooceny",
    methodAfter:
      " przeprowadzonej przez podmiot publiczny, wspartej automatycznymi testami dostępności (biblioteka axe) uruchamianymi przy każdej zmianie serwisu na wszystkich głównych stronach.",
    contactHeading: "Informacje zwrotne i dane kontaktowe",
    contactIntro:
      "Jeśli zauważysz problemy z dostępnością strony internetowej albo potrzebujesz informacji w innej, dostępnej formie, skontaktuj się z nami:",
    contactPerson: "osoba do kontaktu:",
    contactPersonToFill: "imię i nazwisko koordynatora dostępności",
    contactEmail: "e-mail:",
    contactPhone: "telefon:",
    contactPhoneToFill: "numer telefonu",
    contactRequests:
      "Tą samą drogą możesz złożyć wniosek o udostępnienie informacji niedostępnej oraz złożyć żądanie zapewnienia dostępności cyfrowej strony internetowej lub jej elementu.",
    procedureHeading: "Procedura wnioskowo-skargowa",
    procedureRightBefore: "Każdy ma prawo wystąpić z",
    procedureRight: "żądaniem zapewnienia dostępności cyfrowej",
    procedureRightAfter: "strony internetowej lub jej elementu. Żądanie powinno zawierać:",
    procedureContents: [
      "dane kontaktowe osoby występującej z żądaniem,",
      "wskazanie strony internetowej lub elementu strony, o które chodzi,",
      "wskazanie dogodnej formy udostępnienia informacji, jeśli żądanie dotyczy dostępu alternatywnego.",
    ],
    deadlineBefore: "Zrealizujemy żądanie niezwłocznie,",
    deadline7Days: "nie później niż w ciągu 7 dni",
    deadlineMiddle:
      "od dnia jego wystąpienia. Jeśli nie będzie to możliwe w tym terminie, niezwłocznie poinformujemy o tym, kiedy zrealizujemy żądanie — nie później niż w ciągu",
    deadline2Months: "2 miesięcy",
    deadlineAfter:
      "od dnia wystąpienia z żądaniem. Jeśli zapewnienie dostępności cyfrowej nie będzie możliwe, możemy zaproponować alternatywny sposób dostępu do informacji.",
    complaintBefore:
      "Jeśli odmówimy realizacji żądania, nie dotrzymamy terminu albo nie zgodzisz się na alternatywny sposób dostępu, możesz złożyć",
    complaint: "skargę",
    complaintAfter:
      "w sprawie zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Skargę składa się do Regionalnego Ośrodka Polityki Społecznej w Białymstoku.",
    ombudsmanBefore: "Po wyczerpaniu tej procedury możesz złożyć wniosek do",
    ombudsman: "Rzecznika Praw Obywatelskich",
    externalSite: "(strona zewnętrzna)",
    architectureHeading: "Dostępność architektoniczna",
    architectureToFill:
      "opis dostępności siedziby ROPS: wejście do budynku, windy, korytarze, miejsca parkingowe dla osób z niepełnosprawnościami, pętla indukcyjna, wstęp z psem asystującym, oznaczenia w alfabecie Braille’a",
    signLanguageHeading: "Dostępność tłumacza języka migowego",
    signLanguage:
      "Osoby uprawnione w rozumieniu ustawy z dnia 19 sierpnia 2011 r. o języku migowym i innych środkach komunikowania się mogą skorzystać z bezpłatnej pomocy tłumacza polskiego języka migowego (PJM), systemu językowo-migowego (SJM) lub sposobu komunikowania się osób głuchoniewidomych (SKOGN). Chęć skorzystania z tłumacza należy zgłosić co najmniej 3 dni robocze przed terminem wizyty, z wyjątkiem sytuacji nagłych, pisząc na adres",
    appsHeading: "Aplikacje mobilne",
    apps: (operator: string) => `${operator} nie udostępnia aplikacji mobilnych do tego serwisu.`,
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
  knowledge: knowledgePl,
  documents: documentsPl,
  data: dataPl,
  notFound: FALLBACK_PAGES.pl.notFound,
  error: FALLBACK_PAGES.pl.error,
  registry: registryPl,
  events: eventsPl,
  apiDocs: apiDocsPl,
};

export type Messages = typeof pl;
