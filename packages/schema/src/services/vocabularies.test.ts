import { describe, expect, it } from "vitest";
import { COST_KIND_LABELS_PL, COST_KINDS, DELIVERY_MODE_LABELS_PL, DELIVERY_MODES } from "./cost-option";
import { SERVICE_AREA_LABELS_PL, SERVICE_AREAS } from "./service-area";
import {
  SERVICE_TYPE_AREA,
  SERVICE_TYPE_DESCRIPTIONS_PL,
  SERVICE_TYPE_LABELS_PL,
  SERVICE_TYPES,
} from "./service-type";
import { TARGET_GROUP_LABELS_EN, TARGET_GROUP_LABELS_PL, TARGET_GROUPS } from "./target-group";

const UPPER_SNAKE_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;

/** Lower-case first letter, or a leading abbreviation such as "DPS". */
function startsLowerCaseOrWithAbbreviation(label: string): boolean {
  const first = label.charAt(0);
  if (first !== first.toLocaleUpperCase("pl") && first === first.toLocaleLowerCase("pl")) return true;
  return /^\p{Lu}{2,}(?=\s|$)/u.test(label);
}

const vocabularies = [
  { name: "service areas", codes: SERVICE_AREAS, labels: [SERVICE_AREA_LABELS_PL] },
  { name: "service types", codes: SERVICE_TYPES, labels: [SERVICE_TYPE_LABELS_PL] },
  { name: "target groups", codes: TARGET_GROUPS, labels: [TARGET_GROUP_LABELS_PL, TARGET_GROUP_LABELS_EN] },
  { name: "cost kinds", codes: COST_KINDS, labels: [COST_KIND_LABELS_PL] },
  { name: "delivery modes", codes: DELIVERY_MODES, labels: [DELIVERY_MODE_LABELS_PL] },
] as const;

describe("service areas", () => {
  it("are the 14 statutory areas, in statutory order, with the exact Polish names", () => {
    expect(SERVICE_AREAS.map((area) => SERVICE_AREA_LABELS_PL[area])).toEqual([
      "polityka prorodzinna",
      "wspieranie rodziny",
      "system pieczy zastępczej",
      "pomoc społeczna",
      "promocja i ochrona zdrowia",
      "wspieranie osób niepełnosprawnych",
      "edukacja publiczna",
      "przeciwdziałanie bezrobociu",
      "kultura",
      "kultura fizyczna i turystyka",
      "pobudzanie aktywności obywatelskiej",
      "mieszkalnictwo",
      "ochrona środowiska",
      "reintegracja zawodowa i społeczna",
    ]);
  });

  it("keeps stable codes", () => {
    expect(SERVICE_AREAS).toEqual([
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
    ]);
  });
});

describe("service types", () => {
  it("keeps stable codes", () => {
    expect(SERVICE_TYPES).toEqual([
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
    ]);
  });

  it("each has exactly one known area, a label and a description", () => {
    for (const type of SERVICE_TYPES) {
      expect(SERVICE_AREAS, type).toContain(SERVICE_TYPE_AREA[type]);
      expect(SERVICE_TYPE_LABELS_PL[type]?.trim(), type).toBeTruthy();
      expect(SERVICE_TYPE_DESCRIPTIONS_PL[type]?.trim(), type).toBeTruthy();
    }
    for (const record of [SERVICE_TYPE_AREA, SERVICE_TYPE_LABELS_PL, SERVICE_TYPE_DESCRIPTIONS_PL]) {
      expect(Object.keys(record).sort()).toEqual([...SERVICE_TYPES].sort());
    }
  });

  it("places services by the act that regulates them", () => {
    expect(SERVICE_TYPE_AREA.CARE_SERVICES).toBe("SOCIAL_ASSISTANCE");
    expect(SERVICE_TYPE_AREA.COMMUNITY_SELF_HELP_HOME).toBe("SOCIAL_ASSISTANCE");
    expect(SERVICE_TYPE_AREA.FAMILY_ASSISTANT).toBe("FAMILY_SUPPORT");
    expect(SERVICE_TYPE_AREA.DDOM).toBe("HEALTH_PROMOTION_AND_PROTECTION");
  });

  it("describes each type in one plain sentence starting with a capital letter", () => {
    for (const type of SERVICE_TYPES) {
      const description = SERVICE_TYPE_DESCRIPTIONS_PL[type];
      expect(description, type).toMatch(/^\p{Lu}[^.!?]*\.$/u);
    }
  });
});

describe("target groups", () => {
  it("are the 12 groups of DOMAIN.md with stable codes", () => {
    expect(TARGET_GROUPS).toEqual([
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
    ]);
  });
});

describe("cost options", () => {
  it("keep stable codes and the Polish cost labels", () => {
    expect(COST_KINDS).toEqual(["FREE", "PAID", "PARTLY_PAID", "INCOME_DEPENDENT"]);
    expect(COST_KINDS.map((kind) => COST_KIND_LABELS_PL[kind])).toEqual([
      "bezpłatna",
      "odpłatna",
      "częściowo odpłatna",
      "odpłatność zależna od dochodu",
    ]);
    expect(DELIVERY_MODES).toEqual(["ON_SITE", "AT_HOME", "REMOTE"]);
  });
});

describe.each(vocabularies)("$name", ({ codes, labels }) => {
  it("has unique UPPER_SNAKE_CASE codes", () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(UPPER_SNAKE_CASE);
  });

  it("has a unique, non-empty label starting lower-case (or with an abbreviation) for every code", () => {
    for (const record of labels) {
      const byCode: Record<string, string> = record;
      expect(Object.keys(byCode).sort()).toEqual([...codes].sort());
      const values = codes.map((code) => byCode[code] ?? "");
      expect(new Set(values).size).toBe(values.length);
      for (const label of values) {
        expect(label.trim(), label).not.toBe("");
        expect(label, label).toBe(label.trim());
        expect(startsLowerCaseOrWithAbbreviation(label), label).toBe(true);
      }
    }
  });
});
