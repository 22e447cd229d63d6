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

registerEnumType(SearchHitTypeEnum, { name: "SearchHitType", description: "What a search hit is" });

export const SuggestionKindEnum = {
  PLACE: "PLACE",
  SERVICE_AREA: "SERVICE_AREA",
  SERVICE_TYPE: "SERVICE_TYPE",
  ORGANIZATION: "ORGANIZATION",
} as const;
export type SuggestionKind = keyof typeof SuggestionKindEnum;

registerEnumType(SuggestionKindEnum, { name: "SuggestionKind", description: "What a suggestion names" });
