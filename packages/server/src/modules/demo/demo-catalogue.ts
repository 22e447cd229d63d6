// Word lists and catalogues for the demo registry. Everything here is invented or generic (street
// names found in most Polish towns, CPV codes from the official vocabulary); the only real entities
// are in REAL_HOLDERS, limited to the public facts stated in the domain brief.

import type { LegalForm, PesType } from "@obserwatorium/schema";

export type Sector =
  | "food"
  | "cleaning"
  | "green"
  | "print"
  | "craft"
  | "laundry"
  | "care"
  | "transport"
  | "events"
  | "sewing"
  | "wood"
  | "it"
  | "training"
  | "construction"
  | "sport"
  | "culture";

export interface CatalogueOffering {
  kind: "PRODUCT" | "SERVICE";
  name: string;
  description: string;
  cpvCodes: string[];
  sector: Sector;
}

/** Realistic products and services of social-economy entities, each with real CPV codes. */
export const OFFERING_CATALOGUE: readonly CatalogueOffering[] = [
  {
    sector: "food",
    kind: "SERVICE",
    name: "Catering na spotkania i uroczystości",
    description: "Przerwy kawowe, obiady i bufety dla grup od 20 do 300 osób, z dowozem i obsługą.",
    cpvCodes: ["55520000-1"],
  },
  {
    sector: "food",
    kind: "SERVICE",
    name: "Obiady dla szkół i przedszkoli",
    description: "Przygotowanie i dowóz ciepłych posiłków według jadłospisu uzgodnionego z placówką.",
    cpvCodes: ["55521200-0", "15894200-3"],
  },
  {
    sector: "food",
    kind: "SERVICE",
    name: "Posiłki z dowozem dla seniorów",
    description: "Codzienny dowóz obiadów do domu, także diety lekkostrawne i cukrzycowe.",
    cpvCodes: ["55521200-0"],
  },
  {
    sector: "food",
    kind: "PRODUCT",
    name: "Wypieki: chleb, drożdżówki i sękacz",
    description: "Pieczywo i ciasta z własnej piekarni, na zamówienie także dla sklepów i stołówek.",
    cpvCodes: ["15810000-9"],
  },
  {
    sector: "food",
    kind: "PRODUCT",
    name: "Ciasta i torty na zamówienie",
    description: "Ciasta domowe, torty okolicznościowe i słodkie stoły na uroczystości.",
    cpvCodes: ["15810000-9"],
  },
  {
    sector: "food",
    kind: "PRODUCT",
    name: "Miód z lokalnych pasiek",
    description: "Miód wielokwiatowy, gryczany i lipowy, także w zestawach upominkowych.",
    cpvCodes: ["15831600-8"],
  },
  {
    sector: "food",
    kind: "PRODUCT",
    name: "Kartacze, pierogi i dania regionalne",
    description: "Dania kuchni podlaskiej przygotowywane na miejscu, na wynos i na zamówienie.",
    cpvCodes: ["15894200-3"],
  },
  {
    sector: "food",
    kind: "SERVICE",
    name: "Kawiarnia i obsługa przerw kawowych",
    description: "Kawiarnia na miejscu oraz obsługa przerw kawowych podczas spotkań i szkoleń.",
    cpvCodes: ["55330000-2"],
  },
  {
    sector: "food",
    kind: "SERVICE",
    name: "Bar obiadowy",
    description: "Domowe obiady w dni robocze, także abonamenty dla pracowników firm i urzędów.",
    cpvCodes: ["55300000-3"],
  },
  {
    sector: "cleaning",
    kind: "SERVICE",
    name: "Sprzątanie biur i budynków użyteczności publicznej",
    description: "Stałe i jednorazowe sprzątanie biur, szkół i urzędów, mycie okien.",
    cpvCodes: ["90910000-9", "90911200-8"],
  },
  {
    sector: "cleaning",
    kind: "SERVICE",
    name: "Sprzątanie klatek schodowych i części wspólnych",
    description: "Utrzymanie czystości w budynkach wielorodzinnych i wspólnot mieszkaniowych.",
    cpvCodes: ["90911200-8"],
  },
  {
    sector: "cleaning",
    kind: "SERVICE",
    name: "Odśnieżanie chodników i parkingów",
    description: "Zimowe utrzymanie chodników, parkingów i terenów przy budynkach.",
    cpvCodes: ["90620000-9"],
  },
  {
    sector: "green",
    kind: "SERVICE",
    name: "Pielęgnacja terenów zielonych",
    description: "Koszenie, przycinanie żywopłotów, nasadzenia i sprzątanie parków i skwerów.",
    cpvCodes: ["77310000-6"],
  },
  {
    sector: "green",
    kind: "SERVICE",
    name: "Zakładanie ogrodów i rabat kwiatowych",
    description: "Projekt i wykonanie rabat, trawników i ogrodów przy szkołach i instytucjach.",
    cpvCodes: ["77310000-6"],
  },
  {
    sector: "print",
    kind: "SERVICE",
    name: "Druk ulotek, plakatów i broszur",
    description: "Druk cyfrowy małych i średnich nakładów, z przygotowaniem plików do druku.",
    cpvCodes: ["79810000-5"],
  },
  {
    sector: "print",
    kind: "SERVICE",
    name: "Projektowanie graficzne i skład publikacji",
    description: "Identyfikacja wizualna, skład raportów i publikacji, także w wersji dostępnej.",
    cpvCodes: ["79822500-7"],
  },
  {
    sector: "print",
    kind: "PRODUCT",
    name: "Gadżety promocyjne z nadrukiem",
    description: "Torby, kubki, notesy i smycze z logo, znakowane w naszej pracowni.",
    cpvCodes: ["39294100-0"],
  },
  {
    sector: "craft",
    kind: "PRODUCT",
    name: "Rękodzieło i pamiątki regionalne",
    description: "Pamiątki z motywami podlaskimi, wycinanki, hafty i dekoracje wykonane ręcznie.",
    cpvCodes: ["39298900-6"],
  },
  {
    sector: "craft",
    kind: "PRODUCT",
    name: "Ceramika użytkowa i dekoracyjna",
    description: "Kubki, misy i ozdoby ceramiczne, także zestawy upominkowe dla instytucji.",
    cpvCodes: ["39298900-6"],
  },
  {
    sector: "craft",
    kind: "PRODUCT",
    name: "Wyroby z wikliny i drewna",
    description: "Kosze, skrzynki i drobne wyroby dekoracyjne z naturalnych materiałów.",
    cpvCodes: ["39298900-6"],
  },
  {
    sector: "craft",
    kind: "PRODUCT",
    name: "Kartki okolicznościowe i ozdoby świąteczne",
    description: "Kartki, bombki i stroiki wykonywane ręcznie, zamówienia firmowe.",
    cpvCodes: ["39298900-6"],
  },
  {
    sector: "laundry",
    kind: "SERVICE",
    name: "Pranie, maglowanie i prasowanie",
    description: "Pranie pościeli, obrusów i odzieży roboczej dla instytucji i mieszkańców.",
    cpvCodes: ["98310000-9"],
  },
  {
    sector: "care",
    kind: "SERVICE",
    name: "Usługi opiekuńcze w miejscu zamieszkania",
    description: "Pomoc w codziennych czynnościach, zakupach i higienie osób starszych i chorych.",
    cpvCodes: ["85312000-9", "85312400-3"],
  },
  {
    sector: "care",
    kind: "SERVICE",
    name: "Usługi wytchnieniowe dla opiekunów",
    description: "Opieka zastępcza, która daje opiekunom osób z niepełnosprawnościami czas na odpoczynek.",
    cpvCodes: ["85312000-9"],
  },
  {
    sector: "care",
    kind: "SERVICE",
    name: "Asystencja osobista",
    description: "Wsparcie asystenta w domu, w drodze do pracy, szkoły i urzędu.",
    cpvCodes: ["85312000-9"],
  },
  {
    sector: "care",
    kind: "SERVICE",
    name: "Dzienna opieka nad seniorami",
    description: "Zajęcia, posiłek i opieka w godzinach dziennych, w grupach do 20 osób.",
    cpvCodes: ["85312100-0"],
  },
  {
    sector: "care",
    kind: "SERVICE",
    name: "Poradnictwo specjalistyczne",
    description: "Porady psychologiczne, prawne i rodzinne, stacjonarnie i przez telefon.",
    cpvCodes: ["85312300-2"],
  },
  {
    sector: "care",
    kind: "SERVICE",
    name: "Klub dziecięcy i opieka nad dziećmi",
    description: "Opieka dzienna nad dziećmi do lat trzech oraz zajęcia świetlicowe.",
    cpvCodes: ["85312110-3"],
  },
  {
    sector: "transport",
    kind: "SERVICE",
    name: "Przewóz osób z niepełnosprawnościami (door-to-door)",
    description: "Dowóz do lekarza, urzędu i na zajęcia busem przystosowanym do wózków.",
    cpvCodes: ["60130000-8"],
  },
  {
    sector: "transport",
    kind: "SERVICE",
    name: "Przewóz dzieci i młodzieży na zajęcia",
    description: "Dowóz uczniów na zajęcia, wycieczki i zawody, z opiekunem.",
    cpvCodes: ["60130000-8"],
  },
  {
    sector: "events",
    kind: "SERVICE",
    name: "Organizacja imprez, pikników i festynów",
    description: "Pikniki rodzinne, dożynki i festyny gminne: program, nagłośnienie, animacje.",
    cpvCodes: ["79952000-2"],
  },
  {
    sector: "events",
    kind: "SERVICE",
    name: "Obsługa konferencji i szkoleń",
    description: "Rejestracja uczestników, sale, catering i materiały konferencyjne.",
    cpvCodes: ["79952000-2"],
  },
  {
    sector: "sewing",
    kind: "PRODUCT",
    name: "Szycie odzieży roboczej i fartuchów",
    description: "Odzież robocza, fartuchy i zasłony szyte na miarę dla instytucji.",
    cpvCodes: ["18000000-9"],
  },
  {
    sector: "sewing",
    kind: "SERVICE",
    name: "Krawiectwo i naprawa odzieży",
    description: "Przeróbki, skracanie i naprawy odzieży oraz tekstyliów.",
    cpvCodes: ["18000000-9"],
  },
  {
    sector: "wood",
    kind: "SERVICE",
    name: "Stolarka i drobne prace stolarskie",
    description: "Montaż i naprawa drzwi, okien, podłóg i zabudów.",
    cpvCodes: ["45421000-4"],
  },
  {
    sector: "wood",
    kind: "PRODUCT",
    name: "Meble drewniane na zamówienie",
    description: "Ławki, stoły, regały i meble ogrodowe z drewna z lokalnych tartaków.",
    cpvCodes: ["39100000-3"],
  },
  {
    sector: "it",
    kind: "SERVICE",
    name: "Strony internetowe i obsługa informatyczna",
    description: "Strony dostępne cyfrowo, obsługa sprzętu i sieci w małych instytucjach.",
    cpvCodes: ["72000000-5"],
  },
  {
    sector: "training",
    kind: "SERVICE",
    name: "Szkolenia i warsztaty dla dorosłych",
    description: "Kursy zawodowe, komputerowe i kompetencji społecznych, z zaświadczeniem.",
    cpvCodes: ["80500000-9"],
  },
  {
    sector: "training",
    kind: "SERVICE",
    name: "Korepetycje i zajęcia wyrównawcze",
    description: "Zajęcia dla uczniów szkół podstawowych i średnich, indywidualne i grupowe.",
    cpvCodes: ["80590000-6"],
  },
  {
    sector: "training",
    kind: "SERVICE",
    name: "Warsztaty kulinarne i rękodzielnicze",
    description: "Warsztaty dla szkół, seniorów i grup firmowych, z materiałami.",
    cpvCodes: ["80500000-9"],
  },
  {
    sector: "construction",
    kind: "SERVICE",
    name: "Remonty i wykończenia wnętrz",
    description: "Remonty mieszkań, lokali socjalnych i pomieszczeń biurowych.",
    cpvCodes: ["45453000-7"],
  },
  {
    sector: "construction",
    kind: "SERVICE",
    name: "Malowanie pomieszczeń",
    description: "Malowanie ścian i sufitów w szkołach, urzędach i mieszkaniach.",
    cpvCodes: ["45442100-8"],
  },
  {
    sector: "sport",
    kind: "SERVICE",
    name: "Obozy i półkolonie sportowe",
    description: "Wypoczynek letni i zimowy z zajęciami sportowymi dla dzieci i młodzieży.",
    cpvCodes: ["92600000-7"],
  },
  {
    sector: "sport",
    kind: "SERVICE",
    name: "Spływy kajakowe i wycieczki",
    description: "Spływy z przewodnikiem, sprzętem i transportem, dla grup szkolnych i firm.",
    cpvCodes: ["92600000-7", "63510000-7"],
  },
  {
    sector: "sport",
    kind: "SERVICE",
    name: "Zajęcia sportowe i rekreacyjne",
    description: "Zajęcia ruchowe dla dzieci, dorosłych i seniorów, także nordic walking.",
    cpvCodes: ["92600000-7"],
  },
  {
    sector: "culture",
    kind: "SERVICE",
    name: "Zajęcia kulturalne i animacja czasu wolnego",
    description: "Zajęcia teatralne, muzyczne i plastyczne, wieczory wspomnień i spotkania autorskie.",
    cpvCodes: ["92500000-6"],
  },
];

/** Words for names in quotes: „Smaki Podlasia”. Invented; common nouns and local landscape. */
export const NAME_WORDS: readonly string[] = [
  "Smaki Podlasia",
  "Dobre Ręce",
  "Zielony Zakątek",
  "Pod Dębem",
  "Razem",
  "Nowy Start",
  "Pracownia Marzeń",
  "Czysty Dom",
  "Leśna Polana",
  "Podlaska Chata",
  "Złoty Kłos",
  "Bursztyn",
  "Pomocna Dłoń",
  "Kolorowy Świat",
  "Słoneczny Dom",
  "Biebrzańskie Smaki",
  "Nadnarwiańska Kuchnia",
  "Kraina Bociana",
  "Tęcza",
  "Horyzont",
  "Przystań",
  "Perspektywa",
  "Sprawne Ręce",
  "Nasza Kuchnia",
  "Ogród Smaków",
  "Wspólny Stół",
  "Puszczańska Zagroda",
  "Dolina Narwi",
  "Bielik",
  "Jarzębina",
  "Lipowy Dwór",
  "Stary Młyn",
  "Nowe Horyzonty",
  "Drugi Dom",
  "Ścieżka",
  "Most",
  "Iskra",
  "Promyk",
  "Kompas",
  "Wrzos",
  "Brzozowy Gaj",
  "Sosnowy Bór",
  "Zacisze",
  "Spichlerz",
  "Kuźnia Pomysłów",
  "Warsztat Dobra",
  "Zdrowe Smaki",
  "Czysta Robota",
  "Zielona Dolina",
  "Złota Rączka",
  "Pasieka",
  "Podlaskie Klimaty",
  "Uroczysko",
  "Gościniec",
  "Sąsiedzi",
  "Wspólnota",
  "Na Rozstajach",
  "Otwarte Drzwi",
  "Dobry Start",
  "Nadzieja",
  "Mozaika",
  "Ostoja",
  "Pod Lipami",
  "Sielanka",
  "Smak Tradycji",
  "Domowe Obiady",
  "Pełny Garnek",
  "Lniany Zakątek",
  "Pod Strzechą",
  "Wiklinowy Kosz",
  "Kwiat Paproci",
  "Bocianie Gniazdo",
  "Modrzew",
  "Jaskółka",
  "Dąbrowa",
  "Szansa",
  "Krok Dalej",
  "Cztery Pory Roku",
  "Dobry Sąsiad",
  "Przyjazny Dom",
];

export const KGW_WORDS: readonly string[] = [
  "Jarzębina",
  "Kalina",
  "Malwy",
  "Podlasianki",
  "Sąsiadki",
  "Wesołe Gospodynie",
  "Niezapominajki",
  "Maki",
  "Kłosy",
  "Lipki",
  "Bławatki",
  "Słoneczniki",
  "Rumianki",
  "Konwalie",
  "Babeczki",
  "Stokrotki",
];

/** Street names found in most Polish towns. */
export const STREETS: readonly string[] = [
  "Lipowa",
  "Mickiewicza",
  "Kościuszki",
  "Sienkiewicza",
  "Polna",
  "Ogrodowa",
  "Kolejowa",
  "Szkolna",
  "Leśna",
  "Słoneczna",
  "Piłsudskiego",
  "3 Maja",
  "Długa",
  "Kopernika",
  "Warszawska",
  "Kościelna",
  "Wesoła",
  "Zielona",
  "Krótka",
  "Parkowa",
  "Spółdzielcza",
  "Jana Pawła II",
  "Wojska Polskiego",
  "Konopnickiej",
  "Żeromskiego",
  "Ogrodniczki",
  "Rzemieślnicza",
  "Sportowa",
  "Świętojańska",
  "Przytulna",
  "Akacjowa",
  "Brzozowa",
  "Klonowa",
  "Wiejska",
  "Nadrzeczna",
];

export const EMAIL_LOCAL_PARTS: readonly string[] = ["biuro", "kontakt", "sekretariat", "info"];

export const VERIFICATION_SOURCES = ["telefonicznie", "ankieta OWES", "KRS"] as const;

/**
 * Locative forms ("w Łapach") of podlaskie gmina names, for names of gmina social-welfare centres.
 * Gminy missing here get a name without a locative.
 */
export const LOCATIVE_OF_GMINA: Readonly<Record<string, string>> = {
  Augustów: "Augustowie",
  "Bargłów Kościelny": "Bargłowie Kościelnym",
  Lipsk: "Lipsku",
  Nowinka: "Nowince",
  Płaska: "Płaskiej",
  Sztabin: "Sztabinie",
  Choroszcz: "Choroszczy",
  "Czarna Białostocka": "Czarnej Białostockiej",
  "Dobrzyniewo Duże": "Dobrzyniewie Dużym",
  Gródek: "Gródku",
  "Juchnowiec Kościelny": "Juchnowcu Kościelnym",
  Łapy: "Łapach",
  Michałowo: "Michałowie",
  Supraśl: "Supraślu",
  Suraż: "Surażu",
  Tykocin: "Tykocinie",
  Wasilków: "Wasilkowie",
  Zabłudów: "Zabłudowie",
  Zawady: "Zawadach",
  "Bielsk Podlaski": "Bielsku Podlaskim",
  Brańsk: "Brańsku",
  Boćki: "Boćkach",
  Orla: "Orli",
  Rudka: "Rudce",
  Wyszki: "Wyszkach",
  Grajewo: "Grajewie",
  Radziłów: "Radziłowie",
  Rajgród: "Rajgrodzie",
  Szczuczyn: "Szczuczynie",
  Wąsosz: "Wąsoszu",
  Hajnówka: "Hajnówce",
  Białowieża: "Białowieży",
  Czeremcha: "Czeremsze",
  Kleszczele: "Kleszczelach",
  Narewka: "Narewce",
  Kolno: "Kolnie",
  Stawiski: "Stawiskach",
  Łomża: "Łomży",
  Piątnica: "Piątnicy",
  Śniadowo: "Śniadowie",
  Wizna: "Wiźnie",
  Zbójna: "Zbójnej",
  Mońki: "Mońkach",
  Goniądz: "Goniądzu",
  Knyszyn: "Knyszynie",
  Krypno: "Krypnie",
  Trzcianne: "Trzciannem",
  Jaświły: "Jaświłach",
  Sejny: "Sejnach",
  Krasnopol: "Krasnopolu",
  Puńsk: "Puńsku",
  Giby: "Gibach",
  Siemiatycze: "Siemiatyczach",
  Drohiczyn: "Drohiczynie",
  Mielnik: "Mielniku",
  Milejczyce: "Milejczycach",
  Sokółka: "Sokółce",
  "Dąbrowa Białostocka": "Dąbrowie Białostockiej",
  Janów: "Janowie",
  Korycin: "Korycinie",
  Krynki: "Krynkach",
  Kuźnica: "Kuźnicy",
  "Nowy Dwór": "Nowym Dworze",
  Sidra: "Sidrze",
  Suchowola: "Suchowoli",
  Szudziałowo: "Szudziałowie",
  Suwałki: "Suwałkach",
  Filipów: "Filipowie",
  Jeleniewo: "Jeleniewie",
  Raczki: "Raczkach",
  Szypliszki: "Szypliszkach",
  Wiżajny: "Wiżajnach",
  Bakałarzewo: "Bakałarzewie",
  Przerośl: "Przerośli",
  "Wysokie Mazowieckie": "Wysokiem Mazowieckiem",
  Ciechanowiec: "Ciechanowcu",
  Czyżew: "Czyżewie",
  Szepietowo: "Szepietowie",
  Sokoły: "Sokołach",
  Zambrów: "Zambrowie",
  Rutki: "Rutkach",
  Szumowo: "Szumowie",
  Białystok: "Białymstoku",
};

/**
 * The first digits of postal codes by powiat in podlaskie (15-xxx Białystok … 19-xxx), and by
 * voivodeship elsewhere (a range of the first two digits). Approximate: good enough for demo data.
 */
export const PODLASKIE_POSTAL_PREFIX_BY_POWIAT: Readonly<Record<string, string>> = {
  "2001": "16-3",
  "2002": "16-0",
  "2003": "17-1",
  "2004": "19-2",
  "2005": "17-2",
  "2006": "18-5",
  "2007": "18-4",
  "2008": "19-1",
  "2009": "16-5",
  "2010": "17-3",
  "2011": "16-1",
  "2012": "16-4",
  "2013": "18-2",
  "2014": "18-3",
  "2061": "15-",
  "2062": "18-4",
  "2063": "16-4",
};

export const POSTAL_RANGE_BY_VOIVODESHIP: Readonly<Record<string, readonly [number, number]>> = {
  "02": [50, 59],
  "04": [85, 89],
  "06": [20, 24],
  "08": [65, 69],
  "10": [90, 99],
  "12": [30, 34],
  "14": [0, 9],
  "16": [45, 49],
  "18": [35, 39],
  "20": [15, 19],
  "22": [80, 84],
  "24": [40, 44],
  "26": [25, 29],
  "28": [10, 14],
  "30": [60, 64],
  "32": [70, 78],
};

/** Landline area codes; podlaskie has three (Białystok 85, Łomża 86, Suwałki 87). */
export const AREA_CODES_BY_VOIVODESHIP: Readonly<Record<string, readonly string[]>> = {
  "02": ["71", "74", "75", "76"],
  "04": ["52", "54", "56"],
  "06": ["81", "82", "83", "84"],
  "08": ["68", "95"],
  "10": ["42", "43", "44", "46"],
  "12": ["12", "14", "18"],
  "14": ["22", "23", "24", "25", "29", "48"],
  "16": ["77"],
  "18": ["13", "15", "16", "17"],
  "20": ["85", "86", "87"],
  "22": ["58", "59"],
  "24": ["32", "33", "34"],
  "26": ["41"],
  "28": ["55", "87", "89"],
  "30": ["61", "62", "63", "65", "67"],
  "32": ["91", "94"],
};

export interface RealOffering {
  kind: "PRODUCT" | "SERVICE";
  name: string;
  cpvCodes: string[];
}

/**
 * Real holders of "Zakup Prospołeczny" named in the domain brief, with only the facts stated there:
 * name, town (where stated) and the kind of certified offering. Everything else is left empty or
 * filled with an explicit placeholder; records missing a required fact stay drafts.
 */
export interface RealHolder {
  key: string;
  name: string;
  shortName: string | null;
  legalForm: LegalForm;
  pesType: PesType;
  foundingBody: string | null;
  /** The town and its gmina when the brief states them; null when unknown. */
  town: { city: string; gminaCode: string } | null;
  /** Set when the legal form or founding body is a placeholder the brief does not state. */
  incomplete: string | null;
  offerings: RealOffering[];
}

export const REAL_HOLDERS: readonly RealHolder[] = [
  {
    key: "kofisport",
    name: "Spółdzielnia Socjalna KoFiSport",
    shortName: "SS KoFiSport",
    legalForm: "SOCIAL_COOPERATIVE",
    pesType: "PES",
    foundingBody: null,
    town: { city: "Łomża", gminaCode: "2062011" },
    incomplete: null,
    offerings: [
      { kind: "SERVICE", name: "Obozy sportowe", cpvCodes: ["92600000-7"] },
      { kind: "SERVICE", name: "Spływy kajakowe", cpvCodes: ["92600000-7", "63510000-7"] },
    ],
  },
  {
    key: "flow",
    name: "Flow Spółdzielnia Socjalna",
    shortName: "Flow SS",
    legalForm: "SOCIAL_COOPERATIVE",
    pesType: "PES",
    foundingBody: null,
    town: { city: "Białystok", gminaCode: "2061011" },
    incomplete: null,
    offerings: [{ kind: "SERVICE", name: "Gastronomia", cpvCodes: ["55300000-3"] }],
  },
  {
    key: "cis-zelazna",
    name: "Centrum Integracji Społecznej „Żelazna”",
    shortName: "CIS „Żelazna”",
    legalForm: "ASSOCIATION",
    pesType: "CIS",
    foundingBody: "Stowarzyszenie Ku Dobrej Nadziei",
    town: null,
    incomplete: null,
    offerings: [
      { kind: "SERVICE", name: "Kawiarnia", cpvCodes: ["55330000-2"] },
      { kind: "PRODUCT", name: "Rękodzieło", cpvCodes: ["39298900-6"] },
    ],
  },
  {
    key: "kontakt-miast",
    name: "Stowarzyszenie Kontakt Miast Białystok–Eindhoven",
    shortName: null,
    legalForm: "ASSOCIATION",
    pesType: "PES",
    foundingBody: null,
    town: null,
    incomplete: null,
    offerings: [{ kind: "PRODUCT", name: "Sklep z odzieżą używaną", cpvCodes: ["18000000-9"] }],
  },
  {
    key: "poezja-smaku",
    name: "Spółdzielnia Socjalna Poezja Smaku",
    shortName: "SS Poezja Smaku",
    legalForm: "SOCIAL_COOPERATIVE",
    pesType: "PES",
    foundingBody: null,
    town: null,
    incomplete: null,
    offerings: [{ kind: "SERVICE", name: "Catering", cpvCodes: ["55520000-1"] }],
  },
  {
    key: "cis-grajewo",
    name: "Centrum Integracji Społecznej w Grajewie",
    shortName: "CIS w Grajewie",
    legalForm: "PUBLIC_BODY",
    pesType: "CIS",
    foundingBody: "podmiot tworzący do uzupełnienia",
    town: { city: "Grajewo", gminaCode: "2004011" },
    incomplete: "forma prawna i podmiot tworzący nie są podane w źródle; wpisane wartości są zastępcze",
    offerings: [
      { kind: "SERVICE", name: "Usługi opiekuńcze", cpvCodes: ["85312000-9"] },
      { kind: "SERVICE", name: "Sprzątanie", cpvCodes: ["90910000-9"] },
      { kind: "PRODUCT", name: "Rękodzieło", cpvCodes: ["39298900-6"] },
    ],
  },
  {
    key: "my-dla-innych",
    name: "Stowarzyszenie „My dla Innych”",
    shortName: null,
    legalForm: "ASSOCIATION",
    pesType: "PES",
    foundingBody: null,
    town: null,
    incomplete: null,
    offerings: [],
  },
];

/** Placeholders for real entities whose address the sources do not give. */
export const PLACEHOLDER_STREET = "adres do uzupełnienia";
export const PLACEHOLDER_POSTAL_CODE = "00-000";
export const PLACEHOLDER_CITY = "miejscowość do uzupełnienia";
/** Gmina used as the required seat of a draft whose seat is unknown (the seat of the granting ROPS). */
export const PLACEHOLDER_SEAT_GMINA = "2061011";
