// Invented good practices for the demo knowledge base. Programmes and funds named here are real
// (EFS+, FERS, PFRON, Fundusz Solidarnościowy); the projects, people and numbers are not.

import type { FundingKind, ServiceArea, TargetGroup } from "@obserwatorium/schema";

/** Where a practice is placed: one gmina, a whole powiat, or one of the three cities. */
export type PracticeScope = "GMINA" | "POWIAT" | "CITY";

/** Who leads it: a public body (OPS, PCPR), a cooperative, or an NGO. */
export type LeadKind = "PUBLIC" | "COOPERATIVE" | "NGO";

export interface ResultTemplate {
  indicator: string;
  unit: string;
  min: number;
  max: number;
}

export interface PracticeTemplate {
  /** `place` is a phrase such as "w gminie Łapy" or "w powiecie sokólskim". */
  title: (place: string) => string;
  summary: (place: string) => string;
  what: string;
  actions: readonly string[];
  tip: string;
  serviceAreas: readonly ServiceArea[];
  targetGroups: readonly TargetGroup[];
  scope: PracticeScope;
  lead: LeadKind;
  funding: readonly FundingKind[];
  results: readonly ResultTemplate[];
}

export interface DemoLink {
  title: string;
  url: string;
}

/** Public pages about the funds and the regional social policy; every practice links to one. */
export const FUNDING_LINKS: Readonly<Record<FundingKind, DemoLink>> = {
  EFS_PLUS: { title: "Portal Funduszy Europejskich", url: "https://www.funduszeeuropejskie.gov.pl/" },
  FERS: { title: "Portal Funduszy Europejskich", url: "https://www.funduszeeuropejskie.gov.pl/" },
  PFRON: {
    title: "Państwowy Fundusz Rehabilitacji Osób Niepełnosprawnych",
    url: "https://www.pfron.org.pl/",
  },
  NATIONAL_PROGRAMME: {
    title: "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
    url: "https://www.rops-bialystok.pl/",
  },
  JST_BUDGET: {
    title: "Regionalny Ośrodek Polityki Społecznej w Białymstoku",
    url: "https://www.rops-bialystok.pl/",
  },
  OTHER: { title: "Ekonomia społeczna — portal ministerstwa", url: "https://www.ekonomiaspoleczna.gov.pl/" },
};

export const FUNDING_SOURCE_TEXT: Readonly<Record<FundingKind, string>> = {
  EFS_PLUS: "EFS+ w ramach programu Fundusze Europejskie dla Podlaskiego 2021–2027",
  FERS: "program Fundusze Europejskie dla Rozwoju Społecznego 2021–2027",
  PFRON: "środki PFRON",
  NATIONAL_PROGRAMME: "program rządowy finansowany z Funduszu Solidarnościowego",
  JST_BUDGET: "wkład własny z budżetu samorządu",
  OTHER: "darowizny i zbiórka publiczna",
};

/** Contact people: first names with surnames of the same grammatical gender. */
export const CONTACT_PEOPLE: readonly { firstNames: readonly string[]; lastNames: readonly string[] }[] = [
  {
    firstNames: ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Ewa", "Joanna", "Monika", "Barbara"],
    lastNames: ["Nowak", "Kowalczyk", "Wiśniewska", "Zalewska", "Sokołowska", "Borowska", "Wasilewska"],
  },
  {
    firstNames: ["Piotr", "Tomasz", "Marcin", "Paweł", "Krzysztof", "Andrzej", "Michał", "Łukasz"],
    lastNames: ["Nowak", "Dąbrowski", "Kamiński", "Szymański", "Łapiński", "Sawicki", "Żukowski"],
  },
];

export const PRACTICE_TEMPLATES: readonly PracticeTemplate[] = [
  {
    title: (place) => `Opieka wytchnieniowa z dowozem ${place}`,
    summary: (place) =>
      `Opiekunowie osób z niepełnosprawnościami ${place} dostają kilka godzin wolnego w tygodniu, a ich bliscy przyjeżdżają na zajęcia do ośrodka wsparcia.`,
    what: "Opiekun wytchnieniowy przejmuje opiekę w domu albo organizuje pobyt dzienny w ośrodku, a busem dowozimy uczestników z miejscowości bez komunikacji publicznej.",
    actions: [
      "rozpoznanie potrzeb opiekunów przez pracowników socjalnych",
      "przeszkolenie 6 opiekunów wytchnieniowych z sąsiednich wsi",
      "grafik dyżurów uzgadniany z rodzinami co miesiąc",
      "dowóz busem przystosowanym do przewozu wózków",
    ],
    tip: "Zacznij od krótkiej ankiety wśród opiekunów — najczęściej potrzebują stałego, przewidywalnego terminu, a nie wielu godzin naraz.",
    serviceAreas: ["DISABILITY_SUPPORT", "SOCIAL_ASSISTANCE"],
    targetGroups: ["CARERS", "PEOPLE_WITH_DISABILITIES"],
    scope: "GMINA",
    lead: "PUBLIC",
    funding: ["NATIONAL_PROGRAMME", "JST_BUDGET"],
    results: [
      { indicator: "Opiekunowie objęci wsparciem", unit: "osób", min: 12, max: 40 },
      { indicator: "Godziny opieki wytchnieniowej", unit: "godz.", min: 800, max: 3000 },
    ],
  },
  {
    title: (place) => `Klub sąsiedzki dla seniorów ${place}`,
    summary: (place) =>
      `Seniorzy ${place} spotykają się dwa razy w tygodniu w świetlicy wiejskiej: gimnastyka, warsztaty cyfrowe i wspólne gotowanie.`,
    what: "Klub prowadzą wolontariusze z koła gospodyń wiejskich razem z pracownikiem ośrodka pomocy społecznej; program układają sami uczestnicy.",
    actions: [
      "adaptacja świetlicy i zakup sprzętu do ćwiczeń",
      "warsztaty obsługi smartfona prowadzone przez uczniów szkoły podstawowej",
      "comiesięczne wyjazdy do teatru i na basen",
      "dyżur pracownika socjalnego w dniu spotkań",
    ],
    tip: "Program ustalany przez samych seniorów sprawia, że klub nie pustoszeje po pierwszych miesiącach.",
    serviceAreas: ["SOCIAL_ASSISTANCE", "CIVIC_ENGAGEMENT"],
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    scope: "GMINA",
    lead: "NGO",
    funding: ["EFS_PLUS", "JST_BUDGET"],
    results: [
      { indicator: "Uczestnicy zajęć", unit: "osób", min: 25, max: 80 },
      { indicator: "Spotkania klubu", unit: "", min: 40, max: 120 },
    ],
  },
  {
    title: (place) => `Asystent rodziny w szkole ${place}`,
    summary: (place) =>
      `Asystent rodziny ma stały dyżur w szkole ${place}, dzięki czemu nauczyciele i rodzice mogą poprosić o pomoc, zanim problemy narosną.`,
    what: "Asystent spotyka się z rodzinami w szkole i w domu, pomaga w organizacji dnia, w kontaktach z poradnią psychologiczno-pedagogiczną i w sprawach urzędowych.",
    actions: [
      "cotygodniowy dyżur asystenta w szkole",
      "wspólne spotkania wychowawcy, rodzica i asystenta",
      "grupa wsparcia dla rodziców raz w miesiącu",
    ],
    tip: "Dyżur w szkole obniża próg: rodzice, którzy nie przyszliby do ośrodka pomocy społecznej, rozmawiają z asystentem przy okazji wywiadówki.",
    serviceAreas: ["FAMILY_SUPPORT", "PUBLIC_EDUCATION"],
    targetGroups: ["FAMILIES_AND_CHILDREN"],
    scope: "GMINA",
    lead: "PUBLIC",
    funding: ["JST_BUDGET", "NATIONAL_PROGRAMME"],
    results: [
      { indicator: "Rodziny objęte wsparciem asystenta", unit: "rodzin", min: 15, max: 45 },
      { indicator: "Uczniowie z poprawą frekwencji", unit: "%", min: 40, max: 75 },
    ],
  },
  {
    title: (place) => `Mieszkanie treningowe dla usamodzielnianych wychowanków ${place}`,
    summary: (place) =>
      `Młodzi ludzie opuszczający pieczę zastępczą ${place} uczą się samodzielnego życia w mieszkaniu treningowym z opiekunem usamodzielnienia.`,
    what: "Mieszkanie daje do dwóch lat na zdobycie pracy, naukę gospodarowania budżetem i znalezienie własnego lokum; opiekun usamodzielnienia odwiedza mieszkańców co tydzień.",
    actions: [
      "remont i wyposażenie mieszkania z zasobu powiatu",
      "indywidualny program usamodzielnienia dla każdego mieszkańca",
      "współpraca z urzędem pracy i szkołami branżowymi",
      "pomoc w złożeniu wniosku o mieszkanie komunalne",
    ],
    tip: "Umowa z mieszkańcem określa cele na każdy kwartał — dzięki temu pobyt nie zamienia się w tanie lokum bez wsparcia.",
    serviceAreas: ["FOSTER_CARE", "HOUSING"],
    targetGroups: ["FOSTER_CARE_CHILDREN_AND_LEAVERS"],
    scope: "POWIAT",
    lead: "PUBLIC",
    funding: ["EFS_PLUS"],
    results: [
      { indicator: "Miejsca w mieszkaniu treningowym", unit: "miejsc", min: 4, max: 8 },
      { indicator: "Osoby, które zamieszkały samodzielnie", unit: "osób", min: 3, max: 10 },
    ],
  },
  {
    title: (place) => `Centrum integracji społecznej: praca przy zieleni miejskiej ${place}`,
    summary: (place) =>
      `Uczestnicy centrum integracji społecznej ${place} dbają o parki i skwery, a jednocześnie zdobywają uprawnienia i doświadczenie zawodowe.`,
    what: "Reintegracja zawodowa łączy się ze wsparciem psychologa i terapeuty uzależnień; po roku uczestnicy przechodzą do zatrudnienia wspieranego u lokalnych pracodawców.",
    actions: [
      "warsztaty ogrodnicze i kurs obsługi kosy spalinowej",
      "zlecenia z gminy na utrzymanie terenów zielonych",
      "indywidualne wsparcie psychologa i terapeuty",
      "pośrednictwo pracy we współpracy z urzędem pracy",
    ],
    tip: "Zlecenia od samorządu w trybie klauzul społecznych dają stałą pracę dla uczestników i realny efekt widoczny dla mieszkańców.",
    serviceAreas: ["VOCATIONAL_AND_SOCIAL_REINTEGRATION", "ENVIRONMENTAL_PROTECTION"],
    targetGroups: ["UNEMPLOYED_AND_JOB_SEEKERS", "PEOPLE_WITH_ADDICTIONS"],
    scope: "CITY",
    lead: "NGO",
    funding: ["EFS_PLUS", "JST_BUDGET"],
    results: [
      { indicator: "Uczestnicy centrum integracji społecznej", unit: "osób", min: 20, max: 50 },
      { indicator: "Uczestnicy zatrudnieni po zakończeniu programu", unit: "%", min: 30, max: 55 },
    ],
  },
  {
    title: (place) => `Spółdzielnia socjalna prowadzi stołówkę szkolną ${place}`,
    summary: (place) =>
      `Gmina powierzyła żywienie uczniów spółdzielni socjalnej ${place}; zamówienie zastrzeżone dało stałe miejsca pracy osobom zagrożonym wykluczeniem.`,
    what: "Spółdzielnia przygotowuje obiady na miejscu z produktów lokalnych dostawców; menu konsultuje dietetyk, a rodzice mogą je oceniać w aplikacji szkoły.",
    actions: [
      "zamówienie zastrzeżone na podstawie art. 94 ustawy Prawo zamówień publicznych",
      "dotacja na utworzenie miejsc pracy z ośrodka wsparcia ekonomii społecznej",
      "szkolenie z zasad HACCP dla całego zespołu",
    ],
    tip: "Krótki łańcuch dostaw od rolników z gminy obniża koszty i buduje poparcie rodziców dla zamówienia zastrzeżonego.",
    serviceAreas: ["VOCATIONAL_AND_SOCIAL_REINTEGRATION", "PUBLIC_EDUCATION"],
    targetGroups: ["UNEMPLOYED_AND_JOB_SEEKERS", "PEOPLE_WITH_DISABILITIES"],
    scope: "GMINA",
    lead: "COOPERATIVE",
    funding: ["EFS_PLUS", "JST_BUDGET"],
    results: [
      { indicator: "Nowe miejsca pracy", unit: "etatów", min: 3, max: 8 },
      { indicator: "Posiłki wydawane dziennie", unit: "posiłków", min: 120, max: 400 },
    ],
  },
  {
    title: (place) => `Teleopieka dla osób starszych mieszkających samotnie ${place}`,
    summary: (place) =>
      `Samotni seniorzy ${place} noszą opaski bezpieczeństwa z przyciskiem alarmowym połączone z centrum teleopieki czynnym całą dobę.`,
    what: "Opaska wykrywa upadek i mierzy tętno; w razie alarmu centrum dzwoni do seniora, do wskazanej osoby bliskiej, a gdy trzeba — wzywa pogotowie.",
    actions: [
      "wytypowanie osób najbardziej potrzebujących przez pracowników socjalnych",
      "instalacja i szkolenie w domu seniora",
      "comiesięczny telefon kontrolny z centrum",
    ],
    tip: "Warto od razu zebrać numery do dwóch osób bliskich — jedna często nie odbiera w godzinach pracy.",
    serviceAreas: ["SOCIAL_ASSISTANCE", "HEALTH_PROMOTION_AND_PROTECTION"],
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    scope: "GMINA",
    lead: "PUBLIC",
    funding: ["NATIONAL_PROGRAMME", "EFS_PLUS"],
    results: [
      { indicator: "Wydane opaski bezpieczeństwa", unit: "szt.", min: 40, max: 150 },
      { indicator: "Interwencje po alarmie", unit: "", min: 10, max: 60 },
    ],
  },
  {
    title: (place) => `Transport door-to-door do lekarza i urzędu ${place}`,
    summary: (place) =>
      `Osoby z trudnościami w poruszaniu się ${place} zamawiają telefonicznie przejazd z domu do przychodni, urzędu lub na zajęcia.`,
    what: "Bus z windą i kierowca z przeszkoleniem z pierwszej pomocy jeżdżą od poniedziałku do soboty; kierowca pomaga wyjść z mieszkania i wrócić do niego.",
    actions: [
      "zakup busa przystosowanego do przewozu osób na wózkach",
      "regulamin i telefoniczny system zamówień",
      "szkolenie kierowców z pomocy osobom z niepełnosprawnościami",
    ],
    tip: "Zamówienia przyjmowane dzień wcześniej pozwalają łączyć przejazdy kilku osób do tej samej przychodni.",
    serviceAreas: ["DISABILITY_SUPPORT"],
    targetGroups: ["PEOPLE_WITH_DISABILITIES", "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    scope: "GMINA",
    lead: "PUBLIC",
    funding: ["PFRON", "JST_BUDGET"],
    results: [
      { indicator: "Przejazdy", unit: "", min: 300, max: 1500 },
      { indicator: "Użytkownicy usługi", unit: "osób", min: 30, max: 120 },
    ],
  },
  {
    title: (place) => `Asystencja osobista osób z niepełnosprawnościami ${place}`,
    summary: (place) =>
      `Asystenci osobiści ${place} pomagają osobom z niepełnosprawnościami w pracy, nauce, zakupach i udziale w życiu społecznym.`,
    what: "Zakres pomocy ustala sam uczestnik razem z asystentem; asystent nie wyręcza, tylko umożliwia samodzielne decyzje.",
    actions: [
      "nabór asystentów spośród osób znanych uczestnikom",
      "indywidualne karty zakresu usług",
      "rozliczanie godzin w prostej aplikacji na telefon",
    ],
    tip: "Możliwość wskazania asystenta przez samego uczestnika zwiększa zaufanie i zmniejsza rotację.",
    serviceAreas: ["DISABILITY_SUPPORT"],
    targetGroups: ["PEOPLE_WITH_DISABILITIES"],
    scope: "GMINA",
    lead: "PUBLIC",
    funding: ["NATIONAL_PROGRAMME"],
    results: [
      { indicator: "Godziny asystencji osobistej", unit: "godz.", min: 2000, max: 9000 },
      { indicator: "Uczestnicy", unit: "osób", min: 8, max: 30 },
    ],
  },
  {
    title: (place) => `Punkt wsparcia dla osób doznających przemocy ${place}`,
    summary: (place) =>
      `W punkcie ${place} psycholog, prawnik i pracownik socjalny dyżurują wspólnie, więc osoba doznająca przemocy nie musi opowiadać swojej historii kilka razy.`,
    what: "Punkt działa w budynku bez szyldu instytucji, a dyżury wieczorne pozwalają przyjść po pracy; w nagłych sytuacjach zapewniamy miejsce w mieszkaniu interwencyjnym.",
    actions: [
      "wspólne dyżury specjalistów dwa razy w tygodniu",
      "telefon zaufania czynny codziennie",
      "grupa wsparcia dla osób po doświadczeniu przemocy",
      "szkolenia dla nauczycieli i policjantów dzielnicowych",
    ],
    tip: "Jedno miejsce i jedna rozmowa ze wszystkimi specjalistami to najważniejsza zmiana dla osób, które zgłaszają się po pomoc.",
    serviceAreas: ["SOCIAL_ASSISTANCE", "FAMILY_SUPPORT"],
    targetGroups: ["PEOPLE_AFFECTED_BY_VIOLENCE", "FAMILIES_AND_CHILDREN"],
    scope: "POWIAT",
    lead: "PUBLIC",
    funding: ["JST_BUDGET", "NATIONAL_PROGRAMME"],
    results: [
      { indicator: "Osoby, które otrzymały konsultacje", unit: "osób", min: 40, max: 150 },
      { indicator: "Dyżury w miesiącu", unit: "", min: 8, max: 20 },
    ],
  },
  {
    title: (place) => `Streetworking i wyjście z kryzysu bezdomności ${place}`,
    summary: (place) =>
      `Streetworkerzy docierają do osób w kryzysie bezdomności ${place}, a najbardziej zmotywowanym proponujemy mieszkanie wspomagane zamiast noclegowni.`,
    what: "Model „najpierw mieszkanie”: najpierw stabilne lokum, potem praca nad zdrowiem, uzależnieniem i zatrudnieniem, z codziennym wsparciem.",
    actions: [
      "patrole streetworkerów trzy razy w tygodniu, także zimą nocą",
      "mieszkania wspomagane z zasobu komunalnego",
      "współpraca z poradnią leczenia uzależnień",
    ],
    tip: "Bez umowy z zarządcą zasobu komunalnego model nie ruszy — warto ją podpisać przed złożeniem wniosku o dofinansowanie.",
    serviceAreas: ["SOCIAL_ASSISTANCE", "HOUSING"],
    targetGroups: ["PEOPLE_EXPERIENCING_HOMELESSNESS", "PEOPLE_WITH_ADDICTIONS"],
    scope: "CITY",
    lead: "NGO",
    funding: ["EFS_PLUS", "JST_BUDGET"],
    results: [
      { indicator: "Osoby objęte streetworkingiem", unit: "osób", min: 30, max: 90 },
      { indicator: "Osoby, które zamieszkały w mieszkaniu wspomaganym", unit: "osób", min: 3, max: 12 },
    ],
  },
  {
    title: (place) => `Mieszkanie wspomagane dla osób z niepełnosprawnością intelektualną ${place}`,
    summary: (place) =>
      `Czworo dorosłych z niepełnosprawnością intelektualną ${place} mieszka razem z dala od domu rodzinnego, z asystentem obecnym kilka godzin dziennie.`,
    what: "Mieszkańcy sami robią zakupy, gotują i płacą rachunki; asystent pomaga planować, a rodzice uczą się, jak wspierać dorosłe dzieci bez wyręczania.",
    actions: [
      "trening samodzielności w warsztacie terapii zajęciowej przed przeprowadzką",
      "dostosowanie mieszkania i zakup wyposażenia",
      "spotkania rodziców z psychologiem",
    ],
    tip: "Okres próbnych pobytów weekendowych przed przeprowadzką zmniejsza lęk zarówno mieszkańców, jak i rodziców.",
    serviceAreas: ["HOUSING", "DISABILITY_SUPPORT"],
    targetGroups: ["PEOPLE_WITH_DISABILITIES", "PEOPLE_WITH_MENTAL_DISORDERS"],
    scope: "GMINA",
    lead: "NGO",
    funding: ["PFRON", "EFS_PLUS"],
    results: [
      { indicator: "Mieszkańcy mieszkania wspomaganego", unit: "osób", min: 4, max: 6 },
      { indicator: "Rodziny uczestniczące w spotkaniach", unit: "rodzin", min: 4, max: 12 },
    ],
  },
  {
    title: (place) => `Klub integracji społecznej dla osób długotrwale bezrobotnych ${place}`,
    summary: (place) =>
      `Klub integracji społecznej ${place} pomaga osobom długo pozostającym bez pracy odzyskać rytm dnia, pewność siebie i pierwsze zatrudnienie.`,
    what: "Zajęcia grupowe i doradztwo zawodowe łączymy z pracami społecznie użytecznymi u lokalnych pracodawców i w instytucjach gminy.",
    actions: [
      "warsztaty kompetencji społecznych",
      "doradztwo zawodowe i przygotowanie dokumentów aplikacyjnych",
      "prace społecznie użyteczne w szkołach i bibliotece",
    ],
    tip: "Pierwsze zatrudnienie w instytucji, którą uczestnicy znają z prac społecznie użytecznych, jest najtrwalsze.",
    serviceAreas: ["COUNTERING_UNEMPLOYMENT", "VOCATIONAL_AND_SOCIAL_REINTEGRATION"],
    targetGroups: ["UNEMPLOYED_AND_JOB_SEEKERS"],
    scope: "GMINA",
    lead: "PUBLIC",
    funding: ["EFS_PLUS"],
    results: [
      { indicator: "Uczestnicy klubu", unit: "osób", min: 12, max: 35 },
      { indicator: "Osoby, które podjęły pracę", unit: "osób", min: 3, max: 12 },
    ],
  },
  {
    title: (place) => `Dzienny dom pomocy w dawnej szkole ${place}`,
    summary: (place) =>
      `Budynek zamkniętej szkoły ${place} stał się dziennym domem pomocy: seniorzy spędzają tam dzień, jedzą ciepły posiłek i ćwiczą z fizjoterapeutą.`,
    what: "Gmina przebudowała parter szkoły, a prowadzenie powierzyła organizacji pozarządowej w otwartym konkursie ofert.",
    actions: [
      "przebudowa i likwidacja barier architektonicznych",
      "zajęcia ruchowe i terapia zajęciowa",
      "dowóz uczestników z okolicznych wsi",
      "wspólne zajęcia z przedszkolakami",
    ],
    tip: "Spotkania międzypokoleniowe z przedszkolem działającym w tym samym budynku okazały się najlepiej ocenianą częścią programu.",
    serviceAreas: ["SOCIAL_ASSISTANCE"],
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    scope: "GMINA",
    lead: "NGO",
    funding: ["NATIONAL_PROGRAMME", "JST_BUDGET"],
    results: [
      { indicator: "Miejsca w dziennym domu pomocy", unit: "miejsc", min: 15, max: 30 },
      { indicator: "Uczestnicy w ciągu roku", unit: "osób", min: 20, max: 45 },
    ],
  },
  {
    title: (place) => `Wsparcie psychologiczne dla młodzieży: dyżury i czat ${place}`,
    summary: (place) =>
      `Młodzież ${place} może porozmawiać z psychologiem na czacie wieczorami albo przyjść na dyżur bez skierowania i bez zapisów.`,
    what: "Psychologowie dyżurują w szkołach ponadpodstawowych, a czat działa do 22:00; w sytuacji zagrożenia życia kierujemy do centrum interwencji kryzysowej.",
    actions: [
      "dyżury psychologów w czterech szkołach",
      "czat dla młodzieży czynny wieczorami",
      "warsztaty dla rodziców o kryzysach psychicznych nastolatków",
    ],
    tip: "Czat obniża próg wejścia — wiele rozmów, które tam się zaczynają, kończy się umówieniem spotkania twarzą w twarz.",
    serviceAreas: ["HEALTH_PROMOTION_AND_PROTECTION", "PUBLIC_EDUCATION"],
    targetGroups: ["FAMILIES_AND_CHILDREN", "PEOPLE_WITH_MENTAL_DISORDERS"],
    scope: "POWIAT",
    lead: "NGO",
    funding: ["JST_BUDGET", "OTHER"],
    results: [
      { indicator: "Konsultacje psychologiczne", unit: "", min: 100, max: 600 },
      { indicator: "Rozmowy na czacie", unit: "", min: 200, max: 900 },
    ],
  },
  {
    title: (place) => `Lekcje polskiego i doradztwo dla uchodźców z Ukrainy ${place}`,
    summary: (place) =>
      `Uchodźcy z Ukrainy mieszkający ${place} uczą się polskiego i dostają pomoc w sprawach urzędowych, szkolnych i zawodowych w jednym miejscu.`,
    what: "Kursy prowadzą lektorzy i wolontariusze, a doradca mówiący po ukraińsku pomaga w uznaniu kwalifikacji i w szukaniu pracy.",
    actions: [
      "kursy języka polskiego na trzech poziomach",
      "dyżury doradcy w języku ukraińskim",
      "opieka nad dziećmi w czasie zajęć",
    ],
    tip: "Opieka nad dziećmi w czasie kursu podwoiła liczbę matek, które kończą naukę.",
    serviceAreas: ["CIVIC_ENGAGEMENT", "PUBLIC_EDUCATION"],
    targetGroups: ["REFUGEES_AND_MIGRANTS"],
    scope: "CITY",
    lead: "NGO",
    funding: ["OTHER", "JST_BUDGET"],
    results: [
      { indicator: "Uczestnicy kursów", unit: "osób", min: 30, max: 120 },
      { indicator: "Porady doradcy", unit: "", min: 80, max: 300 },
    ],
  },
  {
    title: (place) => `Szkolenia kadr pomocy społecznej z planowania deinstytucjonalizacji ${place}`,
    summary: (place) =>
      `Pracownicy ośrodków pomocy społecznej ${place} nauczyli się przygotowywać lokalne plany deinstytucjonalizacji usług społecznych.`,
    what: "Cykl warsztatów obejmował diagnozę zasobów, konsultacje z mieszkańcami i zaplanowanie usług środowiskowych zamiast opieki instytucjonalnej.",
    actions: [
      "warsztaty z diagnozy potrzeb i zasobów",
      "wizyty studyjne w gminach, które przyjęły plan",
      "indywidualne konsultacje przy pisaniu planu",
    ],
    tip: "Wspólne warsztaty kilku gmin jednego powiatu ułatwiają planowanie usług, których jedna gmina nie utrzyma sama.",
    serviceAreas: ["SOCIAL_ASSISTANCE"],
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS", "PEOPLE_WITH_DISABILITIES"],
    scope: "POWIAT",
    lead: "PUBLIC",
    funding: ["FERS"],
    results: [
      { indicator: "Przeszkoleni pracownicy", unit: "osób", min: 20, max: 60 },
      { indicator: "Gminy z przyjętym lokalnym planem deinstytucjonalizacji", unit: "gmin", min: 2, max: 8 },
    ],
  },
  {
    title: (place) => `Koło gospodyń wiejskich gotuje dla sąsiadów ${place}`,
    summary: (place) =>
      `Koło gospodyń wiejskich ${place} dowozi domowe obiady starszym sąsiadom, którzy nie mogą sami gotować.`,
    what: "Gospodynie gotują w świetlicy trzy razy w tygodniu, a obiady rozwożą wolontariusze; przy okazji sprawdzają, czy sąsiad czegoś nie potrzebuje.",
    actions: [
      "wyposażenie kuchni w świetlicy",
      "grafik gotowania i rozwożenia posiłków",
      "zgłaszanie niepokojących sytuacji do ośrodka pomocy społecznej",
    ],
    tip: "Codzienna wizyta z obiadem to także kontrola, czy starszej osobie nic się nie stało — warto ustalić, komu zgłaszać niepokojące sytuacje.",
    serviceAreas: ["CIVIC_ENGAGEMENT", "SOCIAL_ASSISTANCE"],
    targetGroups: ["PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS"],
    scope: "GMINA",
    lead: "NGO",
    funding: ["JST_BUDGET", "OTHER"],
    results: [
      { indicator: "Dostarczone posiłki", unit: "posiłków", min: 500, max: 3000 },
      { indicator: "Zaangażowani wolontariusze", unit: "osób", min: 6, max: 20 },
    ],
  },
  {
    title: (place) => `Powrót do pracy po wyjściu z zakładu karnego ${place}`,
    summary: (place) =>
      `Osoby opuszczające zakład karny ${place} dostają wsparcie jeszcze przed wyjściem: plan powrotu, kurs zawodowy i pracodawcę, który na nie czeka.`,
    what: "Kurator, doradca zawodowy i pracodawcy z branży budowlanej współpracują od ostatnich miesięcy odbywania kary do pierwszego roku po wyjściu.",
    actions: [
      "spotkania z doradcą zawodowym w zakładzie karnym",
      "kursy zawodowe zakończone egzaminem",
      "mentor w miejscu pracy przez pierwsze pół roku",
    ],
    tip: "Pracodawca poznany jeszcze przed wyjściem z zakładu karnego to najlepsza ochrona przed powrotem do przestępstwa.",
    serviceAreas: ["VOCATIONAL_AND_SOCIAL_REINTEGRATION"],
    targetGroups: ["PEOPLE_LEAVING_PRISON", "UNEMPLOYED_AND_JOB_SEEKERS"],
    scope: "POWIAT",
    lead: "NGO",
    funding: ["EFS_PLUS"],
    results: [
      { indicator: "Uczestnicy programu", unit: "osób", min: 10, max: 30 },
      { indicator: "Uczestnicy zatrudnieni", unit: "osób", min: 3, max: 12 },
    ],
  },
  {
    title: (place) => `Zajęcia sportowe dla dzieci z niepełnosprawnościami i ich rodzeństwa ${place}`,
    summary: (place) =>
      `Dzieci z niepełnosprawnościami ${place} trenują razem z rodzeństwem i rówieśnikami: pływanie, boccia i gry zespołowe dostosowane do możliwości każdego.`,
    what: "Trenerzy z uprawnieniami do pracy z dziećmi z niepełnosprawnościami prowadzą zajęcia w sobotę, a rodzice w tym czasie mają spotkania grupy wsparcia.",
    actions: [
      "cotygodniowe treningi na hali i basenie",
      "sprzęt sportowy dostosowany do różnych niepełnosprawności",
      "rodzinne pikniki sportowe dwa razy w roku",
    ],
    tip: "Zajęcia dla całego rodzeństwa sprawiają, że rodzice mogą przyjść z wszystkimi dziećmi — to zwykle przesądza o regularnym udziale.",
    serviceAreas: ["PHYSICAL_CULTURE_AND_TOURISM", "DISABILITY_SUPPORT"],
    targetGroups: ["FAMILIES_AND_CHILDREN", "PEOPLE_WITH_DISABILITIES"],
    scope: "CITY",
    lead: "NGO",
    funding: ["PFRON", "JST_BUDGET"],
    results: [
      { indicator: "Dzieci uczestniczące w zajęciach", unit: "osób", min: 20, max: 80 },
      { indicator: "Godziny zajęć", unit: "godz.", min: 100, max: 400 },
    ],
  },
];
