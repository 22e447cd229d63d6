import type { ServiceArea } from "./service-area";

/**
 * Second level of the "Koszyk usług": the kinds of social service a resident can look for (DOMAIN.md).
 * Codes are stable identifiers, never rename them.
 */
export const SERVICE_TYPES = [
  "SOCIAL_WORK",
  "SPECIALIST_COUNSELLING",
  "CRISIS_INTERVENTION",
  "CARE_SERVICES",
  "SPECIALIST_CARE_SERVICES",
  "RESPITE_CARE",
  "PERSONAL_ASSISTANCE",
  "FAMILY_ASSISTANT",
  "SHELTERED_HOUSING",
  "TRAINING_HOUSING",
  "SUPPORTED_HOUSING",
  "NEIGHBOURHOOD_SERVICES",
  "DAY_CARE_HOME",
  "SENIOR_CLUB",
  "COMMUNITY_SELF_HELP_HOME",
  "NURSING_HOME",
  "SHORT_TERM_NURSING_HOME",
  "CARE_AND_HOUSING_CENTRE",
  "FAMILY_CARE_HOME",
  "TELECARE",
  "DOOR_TO_DOOR_TRANSPORT",
  "MEALS",
  "SHELTER",
  "CIDON",
  "DDOM",
] as const;

export type ServiceType = (typeof SERVICE_TYPES)[number];

// Primary area = that of the act or programme regulating the service (ŚDS: ustawa o pomocy społecznej).
export const SERVICE_TYPE_AREA: Record<ServiceType, ServiceArea> = {
  SOCIAL_WORK: "SOCIAL_ASSISTANCE",
  SPECIALIST_COUNSELLING: "SOCIAL_ASSISTANCE",
  CRISIS_INTERVENTION: "SOCIAL_ASSISTANCE",
  CARE_SERVICES: "SOCIAL_ASSISTANCE",
  SPECIALIST_CARE_SERVICES: "SOCIAL_ASSISTANCE",
  RESPITE_CARE: "DISABILITY_SUPPORT",
  PERSONAL_ASSISTANCE: "DISABILITY_SUPPORT",
  FAMILY_ASSISTANT: "FAMILY_SUPPORT",
  SHELTERED_HOUSING: "SOCIAL_ASSISTANCE",
  TRAINING_HOUSING: "SOCIAL_ASSISTANCE",
  SUPPORTED_HOUSING: "SOCIAL_ASSISTANCE",
  NEIGHBOURHOOD_SERVICES: "SOCIAL_ASSISTANCE",
  DAY_CARE_HOME: "SOCIAL_ASSISTANCE",
  SENIOR_CLUB: "SOCIAL_ASSISTANCE",
  COMMUNITY_SELF_HELP_HOME: "SOCIAL_ASSISTANCE",
  NURSING_HOME: "SOCIAL_ASSISTANCE",
  SHORT_TERM_NURSING_HOME: "SOCIAL_ASSISTANCE",
  CARE_AND_HOUSING_CENTRE: "DISABILITY_SUPPORT",
  FAMILY_CARE_HOME: "SOCIAL_ASSISTANCE",
  TELECARE: "SOCIAL_ASSISTANCE",
  DOOR_TO_DOOR_TRANSPORT: "DISABILITY_SUPPORT",
  MEALS: "SOCIAL_ASSISTANCE",
  SHELTER: "SOCIAL_ASSISTANCE",
  CIDON: "DISABILITY_SUPPORT",
  DDOM: "HEALTH_PROMOTION_AND_PROTECTION",
};

export const SERVICE_TYPE_LABELS_PL: Record<ServiceType, string> = {
  SOCIAL_WORK: "praca socjalna",
  SPECIALIST_COUNSELLING: "poradnictwo specjalistyczne",
  CRISIS_INTERVENTION: "interwencja kryzysowa",
  CARE_SERVICES: "usługi opiekuńcze",
  SPECIALIST_CARE_SERVICES: "specjalistyczne usługi opiekuńcze",
  RESPITE_CARE: "usługi wytchnieniowe",
  PERSONAL_ASSISTANCE: "asystencja osobista",
  FAMILY_ASSISTANT: "asystent rodziny",
  SHELTERED_HOUSING: "mieszkanie chronione",
  TRAINING_HOUSING: "mieszkanie treningowe",
  SUPPORTED_HOUSING: "mieszkanie wspomagane",
  NEIGHBOURHOOD_SERVICES: "usługi sąsiedzkie",
  DAY_CARE_HOME: "dzienny dom pomocy",
  SENIOR_CLUB: "klub seniora",
  COMMUNITY_SELF_HELP_HOME: "środowiskowy dom samopomocy (ŚDS)",
  NURSING_HOME: "dom pomocy społecznej (DPS)",
  SHORT_TERM_NURSING_HOME: "DPS — pobyt krótkoterminowy",
  CARE_AND_HOUSING_CENTRE: "centrum opiekuńczo-mieszkalne",
  FAMILY_CARE_HOME: "rodzinny dom pomocy",
  TELECARE: "teleopieka",
  DOOR_TO_DOOR_TRANSPORT: "transport door-to-door",
  MEALS: "posiłek",
  SHELTER: "schronienie",
  CIDON: "centrum informacji i doradztwa dla osób z niepełnosprawnościami (CIDON)",
  DDOM: "dzienny dom opieki medycznej (DDOM)",
};

/** One plain-language sentence per type, written for residents. */
export const SERVICE_TYPE_DESCRIPTIONS_PL: Record<ServiceType, string> = {
  SOCIAL_WORK:
    "Pracownik socjalny pomaga zrozumieć trudną sytuację życiową, zaplanować wyjście z niej i znaleźć potrzebne wsparcie.",
  SPECIALIST_COUNSELLING:
    "Porady prawnika, psychologa lub specjalisty od spraw rodzinnych dla osób i rodzin w trudnej sytuacji.",
  CRISIS_INTERVENTION:
    "Szybka pomoc dla osoby lub rodziny w nagłym kryzysie, na przykład po przemocy, śmierci bliskiej osoby lub wypadku.",
  CARE_SERVICES:
    "Pomoc w domu w codziennych sprawach, takich jak zakupy, sprzątanie, higiena czy przygotowanie posiłku.",
  SPECIALIST_CARE_SERVICES:
    "Pomoc w domu dopasowana do rodzaju choroby lub niepełnosprawności, udzielana przez osoby z odpowiednim przygotowaniem.",
  RESPITE_CARE: "Czasowe zastąpienie opiekuna osoby z niepełnosprawnością, aby mógł odpocząć.",
  PERSONAL_ASSISTANCE:
    "Asystent pomaga osobie z niepełnosprawnością w codziennych sprawach, na przykład w dotarciu do pracy, lekarza czy urzędu.",
  FAMILY_ASSISTANT:
    "Osoba, która regularnie odwiedza rodzinę w trudnej sytuacji i pomaga jej w codziennych sprawach i wychowaniu dzieci.",
  SHELTERED_HOUSING:
    "Mieszkanie ze wsparciem specjalistów dla osób, które potrzebują pomocy, aby żyć samodzielnie poza placówką.",
  TRAINING_HOUSING:
    "Mieszkanie na określony czas, w którym z pomocą specjalistów można nauczyć się samodzielnego życia.",
  SUPPORTED_HOUSING:
    "Mieszkanie na dłużej, w którym osoba dostaje pomoc w codziennych sprawach, zamiast przeprowadzać się do domu opieki.",
  NEIGHBOURHOOD_SERVICES:
    "Pomoc w prostych codziennych sprawach, na przykład w zakupach lub dotrzymaniu towarzystwa, udzielana przez kogoś z okolicy.",
  DAY_CARE_HOME:
    "Miejsce, w którym osoby starsze lub samotne spędzają dzień, jedzą posiłek i biorą udział w zajęciach, a na noc wracają do domu.",
  SENIOR_CLUB:
    "Miejsce spotkań dla seniorów, w którym można razem spędzić czas, rozwijać zainteresowania i brać udział w zajęciach.",
  COMMUNITY_SELF_HELP_HOME:
    "Dzienne zajęcia i wsparcie dla osób z zaburzeniami psychicznymi lub niepełnosprawnością intelektualną, które pomagają radzić sobie na co dzień.",
  NURSING_HOME:
    "Stały, całodobowy pobyt z opieką dla osób, które z powodu wieku, choroby lub niepełnosprawności nie mogą mieszkać samodzielnie.",
  SHORT_TERM_NURSING_HOME:
    "Krótki, całodobowy pobyt w domu pomocy społecznej, na przykład na czas choroby lub wyjazdu opiekuna.",
  CARE_AND_HOUSING_CENTRE:
    "Dzienny lub całodobowy pobyt z opieką dla osób z niepełnosprawnością, które potrzebują stałego wsparcia.",
  FAMILY_CARE_HOME:
    "Całodobowa opieka dla kilku osób starszych lub chorych w zwykłym domu, prowadzona przez rodzinę lub osobę prywatną.",
  TELECARE:
    "Opaska lub przycisk, którym osoba starsza lub chora może w nagłej sytuacji wezwać pomoc o każdej porze.",
  DOOR_TO_DOOR_TRANSPORT:
    "Przewóz spod domu, na przykład do lekarza lub urzędu, dla osób, które mają trudności z poruszaniem się.",
  MEALS: "Ciepły posiłek dla osób, które nie mogą same go sobie zapewnić.",
  SHELTER: "Bezpieczne miejsce do spania i przebywania dla osób, które nie mają gdzie mieszkać.",
  CIDON:
    "Miejsce, w którym osoby z niepełnosprawnością i ich bliscy dowiedzą się, jakie wsparcie im przysługuje i jak je uzyskać.",
  DDOM: "Dzienna opieka lekarska, pielęgniarska i rehabilitacja dla osób, które po pobycie w szpitalu potrzebują dalszego leczenia, a noce spędzają w domu.",
};
