import { Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import { SnippetSegmentType } from "../document/document.type";
import { DocumentType } from "../document/document.type";
import { GoodPracticeType } from "../good-practice/good-practice.type";
import { OrganizationType } from "../organization/organization.type";
import { ServiceObjectType } from "../service/service.type";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import { SearchHitTypeEnum, type SearchHitType } from "./search.enums";

const TYPE_NAMES: Record<SearchHitType, string> = {
  SERVICE: "ServiceSearchHit",
  ORGANIZATION: "OrganizationSearchHit",
  GOOD_PRACTICE: "GoodPracticeSearchHit",
  DOCUMENT: "DocumentSearchHit",
  TERRITORIAL_UNIT: "TerritorialUnitSearchHit",
};

@InterfaceType("SearchHit", {
  description: "One result of the site-wide search",
  resolveType: (hit: { type: SearchHitType }) => TYPE_NAMES[hit.type],
})
export abstract class SearchHitInterface {
  @Field(() => SearchHitTypeEnum)
  type!: SearchHitType;

  @Field(() => String)
  title!: string;

  @Field(() => [SnippetSegmentType], {
    description: "Where the query matched; empty when only the title did",
  })
  snippet!: SnippetSegmentType[];
}

@ObjectType("ServiceSearchHit", { implements: SearchHitInterface })
export class ServiceSearchHit extends SearchHitInterface {
  @Field(() => ServiceObjectType)
  service!: unknown;
}

@ObjectType("OrganizationSearchHit", { implements: SearchHitInterface })
export class OrganizationSearchHit extends SearchHitInterface {
  @Field(() => OrganizationType)
  organization!: unknown;
}

@ObjectType("GoodPracticeSearchHit", { implements: SearchHitInterface })
export class GoodPracticeSearchHit extends SearchHitInterface {
  @Field(() => GoodPracticeType)
  goodPractice!: unknown;
}

@ObjectType("DocumentSearchHit", { implements: SearchHitInterface })
export class DocumentSearchHit extends SearchHitInterface {
  @Field(() => DocumentType)
  document!: unknown;

  @Field(() => ID, { description: "The file of the matching page" })
  fileId!: string;

  @Field(() => Int, { description: "The matching page (from 1)" })
  pageNumber!: number;
}

@ObjectType("TerritorialUnitSearchHit", { implements: SearchHitInterface })
export class TerritorialUnitSearchHit extends SearchHitInterface {
  @Field(() => TerritorialUnitType)
  territorialUnit!: unknown;
}

/** Every implementation, for the schema build (they are reached only through the interface). */
export const SEARCH_HIT_TYPES_CLASSES = [
  ServiceSearchHit,
  OrganizationSearchHit,
  GoodPracticeSearchHit,
  DocumentSearchHit,
  TerritorialUnitSearchHit,
];
