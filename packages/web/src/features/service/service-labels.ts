import type {
  AccessibilityFeature,
  CostKind,
  DeliveryMode,
  LegalForm,
  ServiceArea,
  ServiceType,
  TargetGroup,
  TerritorialUnitKind,
} from "@/__generated__/graphql";
import { LEGAL_FORM_LABELS } from "@/features/organization/labels";
import { KIND_LABELS } from "@/features/territory/kind-labels";
import type { Locale } from "@/i18n/locales";
import * as en from "./service-labels-en";
import * as uk from "./service-labels-uk";

// Polish labels of the catalogue's enums (the statutory wording of DOMAIN.md). `Record<Enum, string>`
// makes a new enum value in the schema a type error here until it gets its label.

export const SERVICE_TYPE_LABELS: Record<ServiceType, string> = {
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

export const SERVICE_AREA_LABELS: Record<ServiceArea, string> = {
  SOCIAL_ASSISTANCE: "pomoc społeczna",
  FAMILY_SUPPORT: "wspieranie rodziny",
  FOSTER_CARE: "system pieczy zastępczej",
  DISABILITY_SUPPORT: "wspieranie osób niepełnosprawnych",
  FAMILY_POLICY: "polityka prorodzinna",
  HEALTH_PROMOTION_AND_PROTECTION: "promocja i ochrona zdrowia",
  COUNTERING_UNEMPLOYMENT: "przeciwdziałanie bezrobociu",
  VOCATIONAL_AND_SOCIAL_REINTEGRATION: "reintegracja zawodowa i społeczna",
  PUBLIC_EDUCATION: "edukacja publiczna",
  CULTURE: "kultura",
  PHYSICAL_CULTURE_AND_TOURISM: "kultura fizyczna i turystyka",
  HOUSING: "mieszkalnictwo",
  ENVIRONMENTAL_PROTECTION: "ochrona środowiska",
  CIVIC_ENGAGEMENT: "pobudzanie aktywności obywatelskiej",
};

/** Target groups, in the order of the regional plan (and of the search form). */
export const TARGET_GROUP_LABELS: Record<TargetGroup, string> = {
  FAMILIES_AND_CHILDREN: "rodziny i dzieci, w tym dzieci z niepełnosprawnościami",
  PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS: "osoby potrzebujące wsparcia w codziennym życiu, w tym seniorzy",
  PEOPLE_WITH_DISABILITIES: "osoby z niepełnosprawnościami",
  PEOPLE_WITH_MENTAL_DISORDERS: "osoby z zaburzeniami psychicznymi lub w kryzysie psychicznym",
  PEOPLE_EXPERIENCING_HOMELESSNESS: "osoby w kryzysie bezdomności",
  PEOPLE_WITH_ADDICTIONS: "osoby z uzależnieniami",
  PEOPLE_AFFECTED_BY_VIOLENCE: "osoby doznające przemocy",
  FOSTER_CARE_CHILDREN_AND_LEAVERS: "dzieci i młodzież w pieczy zastępczej oraz osoby, które ją opuszczają",
  UNEMPLOYED_AND_JOB_SEEKERS: "osoby bezrobotne i szukające pracy",
  PEOPLE_LEAVING_PRISON: "osoby opuszczające zakład karny",
  REFUGEES_AND_MIGRANTS: "uchodźcy i migranci",
  CARERS: "opiekunowie osób wymagających opieki",
};

export const DELIVERY_MODE_LABELS: Record<DeliveryMode, string> = {
  ON_SITE: "na miejscu, w placówce",
  AT_HOME: "w domu osoby korzystającej",
  REMOTE: "zdalnie (telefonicznie lub przez internet)",
};

export const ACCESSIBILITY_FEATURE_LABELS: Record<AccessibilityFeature, string> = {
  STEP_FREE_ACCESS: "dostęp bez schodów i progów",
  ACCESSIBLE_TOILET: "toaleta dostosowana do potrzeb osób z niepełnosprawnościami",
  INDUCTION_LOOP: "pętla indukcyjna",
  SIGN_LANGUAGE: "obsługa w polskim języku migowym",
  EASY_TO_READ: "informacje w tekście łatwym do czytania (ETR)",
};

export const COST_KIND_LABELS: Record<CostKind, string> = {
  FREE: "bezpłatna",
  PAID: "odpłatna",
  PARTLY_PAID: "częściowo odpłatna",
  INCOME_DEPENDENT: "odpłatność zależna od dochodu",
};

/** Languages a resident may look for (ISO 639-1, and "pjm" for Polish Sign Language). */
export const LANGUAGE_LABELS: Record<string, string> = {
  pl: "polski",
  uk: "ukraiński",
  be: "białoruski",
  ru: "rosyjski",
  lt: "litewski",
  en: "angielski",
  de: "niemiecki",
  pjm: "polski język migowy (PJM)",
};

/** The enum labels a page in a language shows (the Polish ones above for Polish). */
export interface ServiceLabels {
  serviceTypes: Record<ServiceType, string>;
  serviceAreas: Record<ServiceArea, string>;
  targetGroups: Record<TargetGroup, string>;
  costKinds: Record<CostKind, string>;
  deliveryModes: Record<DeliveryMode, string>;
  accessibilityFeatures: Record<AccessibilityFeature, string>;
  /** By ISO 639-1 code, "pjm" for Polish Sign Language. */
  languages: Record<string, string>;
  placeKinds: Record<TerritorialUnitKind, string>;
  legalForms: Record<LegalForm, string>;
}

const SERVICE_LABELS: Record<Locale, ServiceLabels> = {
  pl: {
    serviceTypes: SERVICE_TYPE_LABELS,
    serviceAreas: SERVICE_AREA_LABELS,
    targetGroups: TARGET_GROUP_LABELS,
    costKinds: COST_KIND_LABELS,
    deliveryModes: DELIVERY_MODE_LABELS,
    accessibilityFeatures: ACCESSIBILITY_FEATURE_LABELS,
    languages: LANGUAGE_LABELS,
    placeKinds: KIND_LABELS,
    legalForms: LEGAL_FORM_LABELS,
  },
  en: {
    serviceTypes: en.SERVICE_TYPE_LABELS_EN,
    serviceAreas: en.SERVICE_AREA_LABELS_EN,
    targetGroups: en.TARGET_GROUP_LABELS_EN,
    costKinds: en.COST_KIND_LABELS_EN,
    deliveryModes: en.DELIVERY_MODE_LABELS_EN,
    accessibilityFeatures: en.ACCESSIBILITY_FEATURE_LABELS_EN,
    languages: en.LANGUAGE_LABELS_EN,
    placeKinds: en.PLACE_KIND_LABELS_EN,
    legalForms: en.LEGAL_FORM_LABELS_EN,
  },
  uk: {
    serviceTypes: uk.SERVICE_TYPE_LABELS_UK,
    serviceAreas: uk.SERVICE_AREA_LABELS_UK,
    targetGroups: uk.TARGET_GROUP_LABELS_UK,
    costKinds: uk.COST_KIND_LABELS_UK,
    deliveryModes: uk.DELIVERY_MODE_LABELS_UK,
    accessibilityFeatures: uk.ACCESSIBILITY_FEATURE_LABELS_UK,
    languages: uk.LANGUAGE_LABELS_UK,
    placeKinds: uk.PLACE_KIND_LABELS_UK,
    legalForms: uk.LEGAL_FORM_LABELS_UK,
  },
};

export function serviceLabels(locale: Locale): ServiceLabels {
  return SERVICE_LABELS[locale];
}
