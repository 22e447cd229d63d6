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

// Ukrainian labels of the catalogue's enums shown on translated pages; Polish abbreviations (ŚDS,
// DPS…) stay, as a resident will hear them at the office.

export const SERVICE_TYPE_LABELS_UK: Record<ServiceType, string> = {
  SOCIAL_WORK: "соціальна робота",
  SPECIALIST_COUNSELLING: "спеціалізоване консультування",
  CRISIS_INTERVENTION: "кризове втручання",
  CARE_SERVICES: "послуги догляду",
  SPECIALIST_CARE_SERVICES: "спеціалізовані послуги догляду",
  RESPITE_CARE: "послуги перепочинку для опікунів",
  PERSONAL_ASSISTANCE: "особиста асистенція",
  FAMILY_ASSISTANT: "асистент сім’ї",
  SHELTERED_HOUSING: "захищене житло",
  TRAINING_HOUSING: "тренувальне житло",
  SUPPORTED_HOUSING: "житло з підтримкою",
  NEIGHBOURHOOD_SERVICES: "сусідські послуги",
  DAY_CARE_HOME: "денний будинок допомоги",
  SENIOR_CLUB: "клуб сеньйора",
  COMMUNITY_SELF_HELP_HOME: "середовищний будинок самодопомоги (ŚDS)",
  NURSING_HOME: "будинок соціальної допомоги (DPS)",
  SHORT_TERM_NURSING_HOME: "DPS — короткострокове перебування",
  CARE_AND_HOUSING_CENTRE: "центр догляду та проживання",
  FAMILY_CARE_HOME: "сімейний будинок допомоги",
  TELECARE: "телеопіка",
  DOOR_TO_DOOR_TRANSPORT: "транспорт «від дверей до дверей»",
  MEALS: "харчування",
  SHELTER: "притулок",
  CIDON: "центр інформації та консультацій для людей з інвалідністю (CIDON)",
  DDOM: "денний будинок медичної опіки (DDOM)",
};

export const SERVICE_AREA_LABELS_UK: Record<ServiceArea, string> = {
  SOCIAL_ASSISTANCE: "соціальна допомога",
  FAMILY_SUPPORT: "підтримка сім’ї",
  FOSTER_CARE: "система замінної опіки",
  DISABILITY_SUPPORT: "підтримка людей з інвалідністю",
  FAMILY_POLICY: "сімейна політика",
  HEALTH_PROMOTION_AND_PROTECTION: "зміцнення та охорона здоров’я",
  COUNTERING_UNEMPLOYMENT: "протидія безробіттю",
  VOCATIONAL_AND_SOCIAL_REINTEGRATION: "професійна та соціальна реінтеграція",
  PUBLIC_EDUCATION: "громадська освіта",
  CULTURE: "культура",
  PHYSICAL_CULTURE_AND_TOURISM: "фізична культура і туризм",
  HOUSING: "житло",
  ENVIRONMENTAL_PROTECTION: "охорона довкілля",
  CIVIC_ENGAGEMENT: "громадська активність",
};

export const TARGET_GROUP_LABELS_UK: Record<TargetGroup, string> = {
  FAMILIES_AND_CHILDREN: "сім’ї та діти, зокрема діти з інвалідністю",
  PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS:
    "люди, які потребують підтримки в повсякденному житті, зокрема люди похилого віку",
  PEOPLE_WITH_DISABILITIES: "люди з інвалідністю",
  PEOPLE_WITH_MENTAL_DISORDERS: "люди з психічними розладами або в психічній кризі",
  PEOPLE_EXPERIENCING_HOMELESSNESS: "люди в ситуації безпритульності",
  PEOPLE_WITH_ADDICTIONS: "люди із залежностями",
  PEOPLE_AFFECTED_BY_VIOLENCE: "люди, які зазнають насильства",
  FOSTER_CARE_CHILDREN_AND_LEAVERS: "діти й молодь у замінній опіці та ті, хто її залишає",
  UNEMPLOYED_AND_JOB_SEEKERS: "безробітні та ті, хто шукає роботу",
  PEOPLE_LEAVING_PRISON: "люди, які виходять з місць позбавлення волі",
  REFUGEES_AND_MIGRANTS: "біженці та мігранти",
  CARERS: "опікуни людей, які потребують догляду",
};

export const COST_KIND_LABELS_UK: Record<CostKind, string> = {
  FREE: "безоплатна",
  PAID: "платна",
  PARTLY_PAID: "частково платна",
  INCOME_DEPENDENT: "оплата залежить від доходу",
};

export const DELIVERY_MODE_LABELS_UK: Record<DeliveryMode, string> = {
  ON_SITE: "на місці, у закладі",
  AT_HOME: "вдома в людини, яка користується послугою",
  REMOTE: "дистанційно (телефоном або через інтернет)",
};

export const ACCESSIBILITY_FEATURE_LABELS_UK: Record<AccessibilityFeature, string> = {
  STEP_FREE_ACCESS: "доступ без сходів і порогів",
  ACCESSIBLE_TOILET: "туалет, пристосований для людей з інвалідністю",
  INDUCTION_LOOP: "індукційна петля",
  SIGN_LANGUAGE: "обслуговування польською жестовою мовою",
  EASY_TO_READ: "інформація в легкому для читання форматі (ETR)",
};

export const LANGUAGE_LABELS_UK: Record<string, string> = {
  pl: "польська",
  uk: "українська",
  be: "білоруська",
  ru: "російська",
  lt: "литовська",
  en: "англійська",
  de: "німецька",
  pjm: "польська жестова мова (PJM)",
};

/** Kinds of TERYT unit, after the Polish name of the unit ("Łapy (місько-сільська гміна)"). */
export const PLACE_KIND_LABELS_UK: Record<TerritorialUnitKind, string> = {
  VOIVODESHIP: "воєводство",
  COUNTY: "повіт",
  CITY_WITH_COUNTY_RIGHTS: "місто на правах повіту",
  URBAN_MUNICIPALITY: "міська гміна",
  RURAL_MUNICIPALITY: "сільська гміна",
  URBAN_RURAL_MUNICIPALITY: "місько-сільська гміна",
  TOWN_OF_URBAN_RURAL_MUNICIPALITY: "місто в місько-сільській гміні",
  RURAL_AREA_OF_URBAN_RURAL_MUNICIPALITY: "сільська частина місько-сільської гміни",
  CAPITAL_CITY_DISTRICT: "район",
  CITY_DELEGATION: "делегатура",
};

/** The provider's legal form, as the service page names it. */
export const LEGAL_FORM_LABELS_UK: Record<LegalForm, string> = {
  SOCIAL_COOPERATIVE: "соціальний кооператив",
  WORKERS_COOPERATIVE: "трудовий кооператив",
  DISABLED_PERSONS_COOPERATIVE: "кооператив людей з інвалідністю",
  BLIND_PERSONS_COOPERATIVE: "кооператив незрячих",
  FOUNDATION: "фонд",
  ASSOCIATION: "громадське об’єднання",
  OTHER_NGO: "інша неурядова організація",
  CHURCH_LEGAL_PERSON: "церковна юридична особа",
  NON_PROFIT_COMPANY: "неприбуткова компанія",
  RURAL_HOUSEWIVES_CIRCLE: "гурток сільських господинь",
  PUBLIC_BODY: "публічна установа",
};
