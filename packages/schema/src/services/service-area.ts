/**
 * The 14 areas of usługi społeczne, art. 2 ust. 2 of the ustawa z dnia 19 lipca 2019 r. o realizowaniu
 * usług społecznych przez centrum usług społecznych — the top level of the "Koszyk usług" (DOMAIN.md).
 * The order is the statutory order; codes are stable identifiers, never rename them.
 */
export const SERVICE_AREAS = [
  "FAMILY_POLICY",
  "FAMILY_SUPPORT",
  "FOSTER_CARE",
  "SOCIAL_ASSISTANCE",
  "HEALTH_PROMOTION_AND_PROTECTION",
  "DISABILITY_SUPPORT",
  "PUBLIC_EDUCATION",
  "COUNTERING_UNEMPLOYMENT",
  "CULTURE",
  "PHYSICAL_CULTURE_AND_TOURISM",
  "CIVIC_ENGAGEMENT",
  "HOUSING",
  "ENVIRONMENTAL_PROTECTION",
  "VOCATIONAL_AND_SOCIAL_REINTEGRATION",
] as const;

export type ServiceArea = (typeof SERVICE_AREAS)[number];

export const SERVICE_AREA_LABELS_PL: Record<ServiceArea, string> = {
  FAMILY_POLICY: "polityka prorodzinna",
  FAMILY_SUPPORT: "wspieranie rodziny",
  FOSTER_CARE: "system pieczy zastępczej",
  SOCIAL_ASSISTANCE: "pomoc społeczna",
  HEALTH_PROMOTION_AND_PROTECTION: "promocja i ochrona zdrowia",
  DISABILITY_SUPPORT: "wspieranie osób niepełnosprawnych",
  PUBLIC_EDUCATION: "edukacja publiczna",
  COUNTERING_UNEMPLOYMENT: "przeciwdziałanie bezrobociu",
  CULTURE: "kultura",
  PHYSICAL_CULTURE_AND_TOURISM: "kultura fizyczna i turystyka",
  CIVIC_ENGAGEMENT: "pobudzanie aktywności obywatelskiej",
  HOUSING: "mieszkalnictwo",
  ENVIRONMENTAL_PROTECTION: "ochrona środowiska",
  VOCATIONAL_AND_SOCIAL_REINTEGRATION: "reintegracja zawodowa i społeczna",
};
