import { SERVICE_TYPE_LABELS_PL, type ServiceType } from "@obserwatorium/schema";
import type { Random } from "./random";

/** Paragraph builders for the pages of demo documents: plausible Polish text, never real data. */
const SERVICES: readonly ServiceType[] = [
  "CARE_SERVICES",
  "SPECIALIST_CARE_SERVICES",
  "RESPITE_CARE",
  "PERSONAL_ASSISTANCE",
  "FAMILY_ASSISTANT",
  "SUPPORTED_HOUSING",
  "TRAINING_HOUSING",
  "NEIGHBOURHOOD_SERVICES",
  "DAY_CARE_HOME",
  "SENIOR_CLUB",
  "TELECARE",
  "DOOR_TO_DOOR_TRANSPORT",
];

const DEMO_NOTE = "Dokument demonstracyjny wygenerowany automatycznie — nie jest dokumentem urzędowym.";

export function lpdiPages(place: string, years: string, random: Random): string[] {
  const [first, second, third] = random.sample(SERVICES, 3).map((type) => SERVICE_TYPE_LABELS_PL[type]);
  const seniors = random.int(18, 31);
  const waiting = random.int(4, 40);
  return [
    `Lokalny plan deinstytucjonalizacji usług społecznych — ${place}, ${years}. ${DEMO_NOTE} ` +
      `Plan opisuje przejście od opieki instytucjonalnej do usług świadczonych w społeczności lokalnej: ` +
      `w domu, w sąsiedztwie i w małych formach mieszkalnych.`,
    `Diagnoza. Osoby w wieku 65 lat i więcej stanowią ${seniors} procent mieszkańców. ` +
      `Na ${first} oczekuje ${waiting} osób. Brakuje miejsc krótkoterminowego pobytu i wsparcia dla opiekunów ` +
      `osób z niepełnosprawnościami. Mieszkańcy zgłaszają potrzebę transportu do ośrodków wsparcia.`,
    `Działania. Działanie 1: rozwój usługi „${second}” we współpracy z organizacjami pozarządowymi. ` +
      `Działanie 2: uruchomienie ${random.int(2, 8)} miejsc w formule „${third}”. ` +
      `Działanie 3: punkt informacji o usługach społecznych w ośrodku pomocy społecznej. ` +
      `Działanie 4: szkolenia dla opiekunów nieformalnych i wolontariuszy.`,
    `Monitoring i ewaluacja. Wskaźniki: liczba osób objętych usługami w społeczności lokalnej, ` +
      `liczba opiekunów korzystających z opieki wytchnieniowej, czas oczekiwania na usługę. ` +
      `Raport z realizacji planu jest przygotowywany raz w roku i przedstawiany radzie.`,
  ];
}

export function ozpsPages(place: string, year: number, random: Random): string[] {
  const families = random.int(120, 2400);
  return [
    `Ocena zasobów pomocy społecznej za rok ${year} — ${place}. ${DEMO_NOTE}`,
    `Beneficjenci. W roku ${year} z pomocy społecznej skorzystało ${families} rodzin. ` +
      `Najczęstsze powody przyznania pomocy: ubóstwo, niepełnosprawność, długotrwała choroba, bezrobocie.`,
    `Zasoby instytucjonalne. Ośrodek pomocy społecznej zatrudnia ${random.int(4, 60)} pracowników socjalnych. ` +
      `Funkcjonują: ${SERVICE_TYPE_LABELS_PL[random.pick(SERVICES)]} oraz ${SERVICE_TYPE_LABELS_PL[random.pick(SERVICES)]}.`,
    `Rekomendacje. Zwiększyć dostępność usług opiekuńczych w miejscu zamieszkania, ` +
      `rozwijać współpracę z podmiotami ekonomii społecznej przy zlecaniu usług, ` +
      `uzupełnić kadrę asystentów rodziny.`,
  ];
}

export function wpresMonitoringPages(year: number, random: Random): string[] {
  return [
    `Sprawozdanie z monitoringu Wojewódzkiego Programu Rozwoju Ekonomii Społecznej w województwie podlaskim za rok ${year}. ${DEMO_NOTE}`,
    `Podmioty ekonomii społecznej. Na koniec roku ${year} w województwie działało ${random.int(60, 120)} ` +
      `przedsiębiorstw społecznych i ${random.int(20, 45)} spółdzielni socjalnych. ` +
      `Ośrodki wsparcia ekonomii społecznej udzieliły ${random.int(300, 900)} porad.`,
    `Zakup Prospołeczny. Znak otrzymało ${random.int(5, 20)} podmiotów. Jednostki samorządu terytorialnego ` +
      `stosowały klauzule społeczne w ${random.int(10, 60)} postępowaniach o udzielenie zamówienia publicznego.`,
    `Wnioski. Rekomenduje się dalsze zlecanie usług społecznych podmiotom ekonomii społecznej ` +
      `oraz wsparcie tworzenia miejsc pracy dla osób zagrożonych wykluczeniem społecznym.`,
  ];
}

export function strategyPages(place: string, years: string): string[] {
  return [
    `Strategia rozwiązywania problemów społecznych — ${place}, ${years}. ${DEMO_NOTE}`,
    `Cele strategiczne: wzmocnienie rodziny, aktywizacja osób starszych, przeciwdziałanie wykluczeniu ` +
      `osób z niepełnosprawnościami, rozwój ekonomii społecznej i wolontariatu.`,
    `Realizacja i finansowanie: budżet gminy, środki Europejskiego Funduszu Społecznego Plus, ` +
      `programy resortowe oraz Fundusz Solidarnościowy.`,
  ];
}
