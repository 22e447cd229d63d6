/**
 * Who a social service is for: the target groups of the regional DI plan and art. 94 Pzp (DOMAIN.md).
 * Codes are stable identifiers, never rename them.
 */
export const TARGET_GROUPS = [
  "FAMILIES_AND_CHILDREN",
  "PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS",
  "PEOPLE_WITH_DISABILITIES",
  "PEOPLE_WITH_MENTAL_DISORDERS",
  "PEOPLE_EXPERIENCING_HOMELESSNESS",
  "PEOPLE_WITH_ADDICTIONS",
  "PEOPLE_AFFECTED_BY_VIOLENCE",
  "FOSTER_CARE_CHILDREN_AND_LEAVERS",
  "UNEMPLOYED_AND_JOB_SEEKERS",
  "PEOPLE_LEAVING_PRISON",
  "REFUGEES_AND_MIGRANTS",
  "CARERS",
] as const;

export type TargetGroup = (typeof TARGET_GROUPS)[number];

export const TARGET_GROUP_LABELS_PL: Record<TargetGroup, string> = {
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

export const TARGET_GROUP_LABELS_EN: Record<TargetGroup, string> = {
  FAMILIES_AND_CHILDREN: "families and children, including children with disabilities",
  PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS: "people needing support in daily life, including older people",
  PEOPLE_WITH_DISABILITIES: "people with disabilities",
  PEOPLE_WITH_MENTAL_DISORDERS: "people with mental health conditions or in a mental health crisis",
  PEOPLE_EXPERIENCING_HOMELESSNESS: "people experiencing homelessness",
  PEOPLE_WITH_ADDICTIONS: "people with addictions",
  PEOPLE_AFFECTED_BY_VIOLENCE: "people affected by violence",
  FOSTER_CARE_CHILDREN_AND_LEAVERS: "children and young people in foster care, and care leavers",
  UNEMPLOYED_AND_JOB_SEEKERS: "unemployed people and job seekers",
  PEOPLE_LEAVING_PRISON: "people leaving prison",
  REFUGEES_AND_MIGRANTS: "refugees and migrants",
  CARERS: "carers of people who need care",
};
