import { registerEnumType } from "type-graphql";

export const SearchHitTypeEnum = {
  SERVICE: "SERVICE",
  ORGANIZATION: "ORGANIZATION",
  GOOD_PRACTICE: "GOOD_PRACTICE",
  DOCUMENT: "DOCUMENT",
  TERRITORIAL_UNIT: "TERRITORIAL_UNIT",
} as const;
export type SearchHitType = keyof typeof SearchHitTypeEnum;
export const SEARCH_HIT_TYPES = Object.keys(SearchHitTypeEnum) as SearchHitType[];

registerEnumType(SearchHitTypeEnum, {
  name: "SearchHitType",
  description: "What a search hit is",
  valuesConfig: {
    SERVICE: { description: "A social service (ServiceSearchHit)" },
    ORGANIZATION: { description: "An organization of the register (OrganizationSearchHit)" },
    GOOD_PRACTICE: { description: "A good practice (GoodPracticeSearchHit)" },
    DOCUMENT: { description: "A page of a document (DocumentSearchHit)" },
    TERRITORIAL_UNIT: { description: "A place: województwo, powiat or gmina (TerritorialUnitSearchHit)" },
  },
});

export const SuggestionKindEnum = {
  PLACE: "PLACE",
  SERVICE_AREA: "SERVICE_AREA",
  SERVICE_TYPE: "SERVICE_TYPE",
  ORGANIZATION: "ORGANIZATION",
} as const;
export type SuggestionKind = keyof typeof SuggestionKindEnum;

registerEnumType(SuggestionKindEnum, {
  name: "SuggestionKind",
  description: "What a suggestion names",
  valuesConfig: {
    PLACE: { description: "A powiat or gmina" },
    SERVICE_AREA: { description: "A statutory area of social services" },
    SERVICE_TYPE: { description: "A type of service in the catalogue" },
    ORGANIZATION: { description: "An organization of the register" },
  },
});
