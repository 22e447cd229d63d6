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

// English labels of the catalogue's enums shown on translated pages; the Polish statutory wording
// stays in brackets where the Polish name is what a resident will hear at the office.

export const SERVICE_TYPE_LABELS_EN: Record<ServiceType, string> = {
  SOCIAL_WORK: "social work",
  SPECIALIST_COUNSELLING: "specialist counselling",
  CRISIS_INTERVENTION: "crisis intervention",
  CARE_SERVICES: "care services",
  SPECIALIST_CARE_SERVICES: "specialist care services",
  RESPITE_CARE: "respite care",
  PERSONAL_ASSISTANCE: "personal assistance",
  FAMILY_ASSISTANT: "family assistant",
  SHELTERED_HOUSING: "sheltered housing",
  TRAINING_HOUSING: "training housing",
  SUPPORTED_HOUSING: "supported housing",
  NEIGHBOURHOOD_SERVICES: "neighbourhood services",
  DAY_CARE_HOME: "day care home",
  SENIOR_CLUB: "senior club",
  COMMUNITY_SELF_HELP_HOME: "community self-help home (ŚDS)",
  NURSING_HOME: "residential care home (DPS)",
  SHORT_TERM_NURSING_HOME: "residential care home (DPS) — short stay",
  CARE_AND_HOUSING_CENTRE: "care and housing centre",
  FAMILY_CARE_HOME: "family care home",
  TELECARE: "telecare",
  DOOR_TO_DOOR_TRANSPORT: "door-to-door transport",
  MEALS: "meals",
  SHELTER: "shelter",
  CIDON: "information and advice centre for people with disabilities (CIDON)",
  DDOM: "day medical care home (DDOM)",
};

export const SERVICE_AREA_LABELS_EN: Record<ServiceArea, string> = {
  SOCIAL_ASSISTANCE: "social assistance",
  FAMILY_SUPPORT: "family support",
  FOSTER_CARE: "foster care",
  DISABILITY_SUPPORT: "support for people with disabilities",
  FAMILY_POLICY: "family policy",
  HEALTH_PROMOTION_AND_PROTECTION: "health promotion and protection",
  COUNTERING_UNEMPLOYMENT: "countering unemployment",
  VOCATIONAL_AND_SOCIAL_REINTEGRATION: "vocational and social reintegration",
  PUBLIC_EDUCATION: "public education",
  CULTURE: "culture",
  PHYSICAL_CULTURE_AND_TOURISM: "sport and tourism",
  HOUSING: "housing",
  ENVIRONMENTAL_PROTECTION: "environmental protection",
  CIVIC_ENGAGEMENT: "civic engagement",
};

export const TARGET_GROUP_LABELS_EN: Record<TargetGroup, string> = {
  FAMILIES_AND_CHILDREN: "families and children, including children with disabilities",
  PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS: "people who need support in daily life, including older people",
  PEOPLE_WITH_DISABILITIES: "people with disabilities",
  PEOPLE_WITH_MENTAL_DISORDERS: "people with mental disorders or in mental health crisis",
  PEOPLE_EXPERIENCING_HOMELESSNESS: "people experiencing homelessness",
  PEOPLE_WITH_ADDICTIONS: "people with addictions",
  PEOPLE_AFFECTED_BY_VIOLENCE: "people experiencing violence",
  FOSTER_CARE_CHILDREN_AND_LEAVERS: "children and young people in foster care and care leavers",
  UNEMPLOYED_AND_JOB_SEEKERS: "unemployed people and job seekers",
  PEOPLE_LEAVING_PRISON: "people leaving prison",
  REFUGEES_AND_MIGRANTS: "refugees and migrants",
  CARERS: "carers of people who need care",
};

export const COST_KIND_LABELS_EN: Record<CostKind, string> = {
  FREE: "free",
  PAID: "paid",
  PARTLY_PAID: "partly paid",
  INCOME_DEPENDENT: "cost depends on income",
};

export const DELIVERY_MODE_LABELS_EN: Record<DeliveryMode, string> = {
  ON_SITE: "on site, at the facility",
  AT_HOME: "at the home of the person using it",
  REMOTE: "remotely (by phone or online)",
};

export const ACCESSIBILITY_FEATURE_LABELS_EN: Record<AccessibilityFeature, string> = {
  STEP_FREE_ACCESS: "step-free access",
  ACCESSIBLE_TOILET: "toilet adapted for people with disabilities",
  INDUCTION_LOOP: "induction loop",
  SIGN_LANGUAGE: "Polish Sign Language",
  EASY_TO_READ: "easy-to-read information (ETR)",
};

export const LANGUAGE_LABELS_EN: Record<string, string> = {
  pl: "Polish",
  uk: "Ukrainian",
  be: "Belarusian",
  ru: "Russian",
  lt: "Lithuanian",
  en: "English",
  de: "German",
  pjm: "Polish Sign Language (PJM)",
};

/** Kinds of TERYT unit, after the Polish name of the unit ("Łapy (urban-rural municipality)"). */
export const PLACE_KIND_LABELS_EN: Record<TerritorialUnitKind, string> = {
  VOIVODESHIP: "region (voivodeship)",
  COUNTY: "county",
  CITY_WITH_COUNTY_RIGHTS: "city with county rights",
  URBAN_MUNICIPALITY: "urban municipality",
  RURAL_MUNICIPALITY: "rural municipality",
  URBAN_RURAL_MUNICIPALITY: "urban-rural municipality",
  TOWN_OF_URBAN_RURAL_MUNICIPALITY: "town in an urban-rural municipality",
  RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY: "rural area of an urban-rural municipality",
  CAPITAL_CITY_DISTRICT: "district",
  CITY_DELEGATION: "city delegation",
};

/** The provider's legal form, as the service page names it. */
export const LEGAL_FORM_LABELS_EN: Record<LegalForm, string> = {
  SOCIAL_COOPERATIVE: "social cooperative",
  WORKERS_COOPERATIVE: "workers' cooperative",
  DISABLED_PERSONS_COOPERATIVE: "cooperative of people with disabilities",
  BLIND_PERSONS_COOPERATIVE: "cooperative of blind people",
  FOUNDATION: "foundation",
  ASSOCIATION: "association",
  OTHER_NGO: "other non-governmental organisation",
  CHURCH_LEGAL_PERSON: "church legal person",
  NON_PROFIT_COMPANY: "non-profit company",
  RURAL_HOUSEWIVES_CIRCLE: "rural women's circle",
  PUBLIC_BODY: "public body",
};
