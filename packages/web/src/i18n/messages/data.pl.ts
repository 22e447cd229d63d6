import { countWith } from "../plural";

const COUNTIES = { one: "powiat", few: "powiaty", many: "powiatów", other: "powiatu" };
const MUNICIPALITIES = { one: "gmina", few: "gminy", many: "gmin", other: "gminy" };

/**
 * The UI of the indicators (/dane) and territorial units (/gminy, /gminy/[code]) in Polish: the reference for the English and Ukrainian dictionaries, which
 * are typed by it, so a missing key is a type error. Indicator names, definitions and units and the
 * names of places are records: they stay in Polish.
 */
export const dataPl = {
  indicators: {
    title: "Dane i wskaźniki",
    description:
      "Wskaźniki polityki społecznej województwa podlaskiego: wartości w powiatach, zmiany w czasie, mapa województw i powiatów, dane do pobrania w CSV.",
    heading: "Dane i wskaźniki",
    lead: "Jak zmienia się sytuacja w powiatach województwa podlaskiego: wybierz wskaźnik, a pokażemy jego wartości w tabeli, na wykresie i na mapie. Dane możesz pobrać w pliku CSV.",
    recordsInPolish:
      "Nazwy, definicje i jednostki wskaźników oraz nazwy jednostek terytorialnych są po polsku.",
    unknown: (code: string) => `Nie znaleźliśmy wskaźnika o kodzie „${code}”.`,
    chooseFromList: "Wybierz wskaźnik z listy.",
    goToField: "Przejdź do pola",
    none: "Obserwatorium nie ma jeszcze żadnych wskaźników.",
    download: "Pobierz dane w formacie CSV",
    downloadNote: "(wartości z tabeli; separator średnik, przecinek dziesiętny)",
    downloadNoteRegions:
      "(wartości z tabeli i wszystkich województw; separator średnik, przecinek dziesiętny)",
    tableHeading: "Wartości w powiatach",
    chartHeading: "Zmiany w czasie",
    droppedCounties: (max: number, dropped: number) =>
      `Na wykresie mieszczą się najwyżej ${countWith("pl", max, COUNTIES)} — pominęliśmy ${countWith("pl", dropped, { one: "ostatni zaznaczony", few: "ostatnie zaznaczone", many: "ostatnich zaznaczonych", other: "ostatniego zaznaczonego" })}.`,
    regionsMapHeading: "Mapa województw",
    countiesMapHeading: "Mapa powiatów",
    mapYear: (year: number) => `— ${year} r.`,
    mapCaption: (year: number) =>
      `w ${year} r. Kolor oznacza przedział wartości (najwyżej 5 przedziałów równej szerokości), na mapie jest też wpisana każda wartość.`,
    mapTiles: "Powiaty są pokazane jako kafelki ułożone mniej więcej tak jak na mapie.",
    noMapValues: "Wskaźnik nie ma jeszcze wartości do pokazania na mapie.",
  },
  form: {
    heading: "Wybierz dane",
    indicator: "Wskaźnik",
    counties: "Powiaty na wykresie",
    countiesHint: (max: number) =>
      `Obok województwa podlaskiego wykres pokaże najwyżej ${max} zaznaczone powiaty.`,
    map: "Mapa",
    mapCounties: "powiaty województwa podlaskiego",
    mapRegions: "województwa (cała Polska)",
    year: "Rok na mapie",
    yearHint: "Po zmianie wskaźnika pokażemy jego najnowszy rok, jeśli nie ma danych za wybrany.",
    submit: "Pokaż dane",
  },
  facts: {
    demo: "Dane demonstracyjne.",
    demoNotice:
      "Wartości tego wskaźnika wygenerowano do prezentacji serwisu — nie opisują rzeczywistej sytuacji.",
    definition: "Definicja",
    unit: "Jednostka miary",
    direction: "Kierunek",
    source: "Źródło danych",
    programme: "Program",
    area: "Obszar usług społecznych",
    code: "Kod",
    directions: {
      HIGHER_IS_BETTER: "im więcej, tym lepiej",
      LOWER_IS_BETTER: "im mniej, tym lepiej",
    },
    programmes: {
      WPRES: "WPRES — Wojewódzki Program Rozwoju Ekonomii Społecznej",
      KPRES: "KPRES — Krajowy Program Rozwoju Ekonomii Społecznej",
      OZPS: "OZPS — ocena zasobów pomocy społecznej",
      RPDI: "RPDI — Regionalny Plan Deinstytucjonalizacji Usług Społecznych",
      OTHER: "inne źródło",
    },
  },
  table: {
    empty: "Wskaźnik nie ma jeszcze wartości dla powiatów województwa podlaskiego.",
    caption: "w powiatach województwa podlaskiego",
    county: "Powiat",
    noData: "brak danych",
  },
  chart: {
    empty: "Wskaźnik nie ma jeszcze wartości dla wybranych jednostek.",
    period: (first: number, last: number) => (first === last ? `rok ${first}` : `lata ${first}–${last}`),
    exact: "Dokładne wartości są w tabeli powyżej i w pliku CSV.",
    title: (name: string) => `Wykres liniowy: ${name}`,
    year: "Rok",
    baseline: "wartość bazowa",
    target: "wartość docelowa",
    goals: "Linie odniesienia wyznaczone w programie:",
    legend: "Legenda wykresu",
    noData: "brak danych",
  },
  map: {
    regions: "Mapa województw",
    tiles: "Kartogram powiatów województwa podlaskiego",
    bordersMissing: "Granice województw są niedostępne — wartości są w tabeli pod mapą.",
    legend: "Legenda",
    noData: "brak danych",
    noDataShort: "b.d.",
    tableSummary: "Wartości z mapy w tabeli",
    tableCaption: (year: number) => `Wartości w ${year} r.`,
    unit: "Jednostka",
    value: "Wartość",
  },
  units: {
    title: (name: string) => `Województwo ${name} — powiaty i gminy`,
    description: (name: string) =>
      `Powiaty i gminy województwa ${name} z kodami TERYT, według urzędowego rejestru GUS.`,
    heading: "Gminy i powiaty",
    lead: "Podział terytorialny według urzędowego rejestru TERYT: powiaty i gminy z ich kodami. Aby sprawdzić, jakie usługi społeczne są w gminie, wpisz jej nazwę w",
    leadLink: "wyszukiwarce usług",
    leadEnd: ".",
    recordsInPolish: "Nazwy jednostek podajemy po polsku, tak jak w rejestrze TERYT.",
    voivodeship: "Województwo",
    submit: "Pokaż powiaty i gminy",
    region: (name: string) => `Województwo ${name}`,
    counties: (count: number) => countWith("pl", count, COUNTIES),
    municipalities: (count: number) => countWith("pl", count, MUNICIPALITIES),
    announce: (name: string, counties: string, municipalities: string) =>
      `Województwo ${name}: ${counties} i ${municipalities}.`,
    source: (date: string) => `Źródło: rejestr TERYT (GUS), stan na ${date} r.`,
    county: (name: string) => `Powiat ${name}`,
    city: (name: string) => `${name} — miasto na prawach powiatu`,
  },
  coverage: {
    notFoundTitle: "Nie znaleziono gminy ani powiatu",
    municipality: (name: string) => `Gmina ${name}`,
    county: (name: string) => `Powiat ${name}`,
    city: (name: string) => `Miasto ${name}`,
    heading: (unit: string) => `${unit} — usługi społeczne`,
    description: (unit: string) =>
      `${unit}: liczba usług społecznych w każdym z 14 obszarów ustawowych i obszary bez usług.`,
    available: (count: number) =>
      countWith("pl", count, {
        one: "usługa dostępna",
        few: "usługi dostępne",
        many: "usług dostępnych",
        other: "usługi dostępnej",
      }),
    explanation: "Liczymy usługi, które mają tu placówkę albo obejmują ten obszar swoim zasięgiem.",
    byArea: "Usługi według obszarów",
    tableCaption: "Usługi w 14 obszarach usług społecznych",
    area: "Obszar",
    services: "Usługi",
    types: "Rodzaje usług",
    count: (count: number) =>
      countWith("pl", count, { one: "usługa", few: "usługi", many: "usług", other: "usługi" }),
    none: "brak usług",
    gaps: "Luki w dostępie do usług",
    gapsList: "Brak usług w obszarach:",
    noGaps: "Na tym obszarze są usługi we wszystkich 14 obszarach usług społecznych.",
    municipalities: "Gminy powiatu",
  },
};

export type DataMessages = typeof dataPl;
