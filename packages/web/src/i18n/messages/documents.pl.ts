import { countWith } from "../plural";

const DOCUMENTS = { one: "dokument", few: "dokumenty", many: "dokumentów", other: "dokumentu" };
const PAGES_LOCATIVE = { one: "stronie", few: "stronach", many: "stronach", other: "stronach" };

/**
 * The UI of the documents (/dokumenty, document pages, /dokumenty/lpdi) in Polish: the reference for
 * the English and Ukrainian dictionaries, which are typed by it, so a missing key is a type error.
 * The documents themselves (titles, text, the JST named) are records and stay in Polish.
 */
export const documentsPl = {
  search: {
    title: "Dokumenty — baza wiedzy",
    description:
      "Plany, programy, oceny i sprawozdania polityki społecznej województwa podlaskiego: wyszukiwanie w treści dokumentów, lokalne plany deinstytucjonalizacji (LPDI), WPRES i OZPS.",
    heading: "Dokumenty",
    lead: "Plany, programy, oceny zasobów i sprawozdania polityki społecznej województwa podlaskiego — z wyszukiwaniem w ich treści.",
    recordsInPolish: "Dokumenty publikujemy w języku, w którym je przyjęto — po polsku.",
    lpdiLink: "Lokalne plany deinstytucjonalizacji — które gminy i powiaty je mają",
    skipToResults: "Przejdź do wyników",
    results: "Wyniki",
    found: (count: number) => `Znaleziono ${countWith("pl", count, DOCUMENTS)}`,
    pageOf: (page: number, pages: number) => `strona ${page} z ${pages}`,
    none: "Brak wyników: nie znaleziono żadnych dokumentów.",
    noSuchPage: (page: number) => `Nie ma strony ${page}.`,
    outOfRange: (page: number, pages: number) =>
      `Nie ma strony ${page} — wyniki mieszczą się na ${countWith("pl", pages, PAGES_LOCATIVE)}.`,
    firstPage: "Przejdź do pierwszej strony",
    empty: {
      knowledgeBase: "Baza wiedzy nie zawiera jeszcze żadnych dokumentów.",
      noMatch: "Nie znaleźliśmy dokumentów, które spełniają wszystkie wybrane warunki.",
      whatToDo: "Co możesz zrobić:",
      fewerWords: "wpisać mniej słów albo inne słowo o tym samym znaczeniu,",
      widerArea: "wybrać powiat zamiast gminy albo „wszystkie” w polu „Gmina lub powiat”,",
      uncheck: "odznaczyć część rodzajów lub statusów albo wybrać dowolny rok,",
      clearAll: "wyczyścić wszystkie filtry",
      startOver: "i zacząć od nowa.",
    },
    errors: {
      invalid: "Nieprawidłowy filtr:",
      textTooLong: "tekst wyszukiwania może mieć najwyżej 200 znaków.",
      noPage: "nie ma takiej strony wyników.",
      other: "sprawdź wybrane wartości albo wyczyść filtry.",
    },
  },
  filters: {
    heading: "Filtry wyszukiwania",
    textLabel: "Szukaj w treści dokumentów",
    textHint:
      "Np. „mieszkania wspomagane”, „asystencja osobista Łapy”. Przeszukujemy tytuły i tekst plików PDF; polskie litery nie są wymagane.",
    kinds: "Rodzaj dokumentu",
    area: "Gmina lub powiat",
    areaHint: "Pokażemy dokumenty tej jednostki oraz dokumenty powiatu i województwa, które jej dotyczą.",
    allAreas: "wszystkie",
    county: (name: string) => `powiat ${name}`,
    wholeCounty: (name: string) => `powiat ${name} — cały`,
    gmina: (name: string, kind: string) => `${name} — ${kind}`,
    cities: "miasta na prawach powiatu",
    year: "Rok",
    yearHint: "Dokumenty, których okres obejmuje ten rok.",
    anyYear: "dowolny",
    statuses: "Status",
    submit: "Szukaj",
    clear: "Wyczyść filtry",
  },
  facts: {
    heading: "O dokumencie",
    kind: "Rodzaj",
    area: "Dotyczy",
    regionKind: "województwo",
    otherDocuments: "Inne dokumenty tej jednostki",
    status: "Status",
    period: "Okres",
    act: "Akt przyjęcia",
    actNumber: (number: string) => `nr ${number}`,
    inForce: "Obowiązuje",
    repealed: "Uchylony",
    themes: "Tematy",
    organizations: "Powiązane podmioty",
    services: "Powiązane usługi",
    notGiven: "nie podano",
    /** Period and validity wording: "od 2025", "do 2030", "od 1 kwietnia 2025". */
    from: (start: string) => `od ${start}`,
    to: (end: string) => `do ${end}`,
  },
  hits: {
    label: "Znalezione w treści:",
    page: (page: number) => `strona ${page}`,
    file: "plik",
    quoteOpen: "„",
    quoteClose: "”",
  },
  document: {
    notFoundTitle: "Nie znaleziono dokumentu",
    description: (kind: string) => `${kind}: opis, pliki PDF i treść.`,
    breadcrumb: "Wyszukiwarka dokumentów",
    demo: "Dane demonstracyjne",
    demoNotice:
      "Ten dokument przygotowano do prezentacji serwisu — nie jest to prawdziwy dokument samorządu.",
  },
  files: {
    heading: "Pliki",
    none: "Do tego dokumentu nie dodano jeszcze plików.",
    download: "Pobierz plik",
    notSearched: "Wyszukiwarka nie przeszukuje treści tego pliku.",
    pages: (count: number) =>
      countWith("pl", count, { one: "strona", few: "strony", many: "stron", other: "strony" }),
    bytes: "B",
    kilobytes: "kB",
    megabytes: "MB",
  },
  text: {
    heading: "Treść dokumentu",
    note: "Tekst odczytany z pliku PDF. Tabele, wykresy i układ stron zobaczysz w pliku.",
    page: (page: number) => `Strona ${page}`,
    emptyPage: "Na tej stronie nie ma tekstu.",
  },
  lpdi: {
    title: "Lokalne plany deinstytucjonalizacji (LPDI)",
    description:
      "Które gminy i powiaty województwa podlaskiego mają lokalny plan deinstytucjonalizacji usług społecznych — udział JST z planem wobec celu 50%.",
    heading: "Lokalne plany deinstytucjonalizacji (LPDI)",
    lead: "Które gminy i powiaty (jednostki samorządu terytorialnego, JST) mają lokalny plan deinstytucjonalizacji usług społecznych — plan przejścia od opieki instytucjonalnej do usług świadczonych w społeczności lokalnej.",
    searchPlans: "Przeszukaj treść planów",
    showFor: "Pokaż dla",
    show: "Pokaż",
    wholeRegion: (name: string) => `całe województwo ${name}`,
    county: (name: string) => `powiat ${name}`,
    city: (name: string) => `${name} (miasto na prawach powiatu)`,
    unknownArea: "Nie znaleźliśmy takiego powiatu — pokazujemy całe województwo.",
    adopted: "JST z przyjętym planem",
    showing: (area: string) => `Pokazujemy JST z przyjętym planem — ${area}.`,
    counts: "Liczba JST według stanu planu",
    units: "Powiaty i gminy",
    cities: "Miasta na prawach powiatu",
    countyGovernment: "samorząd powiatu",
    groupCount: (adopted: number, total: number) =>
      `Plan przyjęty lub obowiązujący: ${adopted} z ${total} JST`,
    share: (adopted: number, total: number) => `plan przyjęty lub obowiązujący ma ${adopted} z ${total} JST.`,
    target: (target: string) => `Cel projektu regionalnego: ${target} JST.`,
    missing: (count: number) => `Do celu brakuje jeszcze ${count} JST.`,
    reached: "Cel jest osiągnięty.",
    meterText: (share: string, target: string) => `${share}, cel ${target}`,
    targetMark: (target: string) => `cel ${target}`,
  },
};

export type DocumentsMessages = typeof documentsPl;
