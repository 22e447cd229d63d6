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
  @Field(() => SearchHitTypeEnum, { description: "What kind of record was found; each has its own hit type" })
  type!: SearchHitType;

  @Field(() => String, { description: "The record's title or name, as shown in the result list" })
  title!: string;

  @Field(() => [SnippetSegmentType], {
    description: "Where the query matched; empty when only the title did",
  })
  snippet!: SnippetSegmentType[];
}

@ObjectType("ServiceSearchHit", {
  implements: SearchHitInterface,
  description: "A service that matched the search",
})
export class ServiceSearchHit extends SearchHitInterface {
  @Field(() => ServiceObjectType, { description: "The service found" })
  service!: unknown;
}

@ObjectType("OrganizationSearchHit", {
  implements: SearchHitInterface,
  description: "An organization that matched the search",
})
export class OrganizationSearchHit extends SearchHitInterface {
  @Field(() => OrganizationType, { description: "The organization found" })
  organization!: unknown;
}

@ObjectType("GoodPracticeSearchHit", {
  implements: SearchHitInterface,
  description: "A good practice that matched the search",
})
export class GoodPracticeSearchHit extends SearchHitInterface {
  @Field(() => GoodPracticeType, { description: "The good practice found" })
  goodPractice!: unknown;
}

@ObjectType("DocumentSearchHit", {
  implements: SearchHitInterface,
  description: "A document page that matched the search",
})
export class DocumentSearchHit extends SearchHitInterface {
  @Field(() => DocumentType, { description: "The document the page belongs to" })
  document!: unknown;

  @Field(() => ID, { description: "The file of the matching page" })
  fileId!: string;

  @Field(() => Int, { description: "The matching page (from 1)" })
  pageNumber!: number;
}

@ObjectType("TerritorialUnitSearchHit", {
  implements: SearchHitInterface,
  description: "A place (TERYT unit) that matched the search",
})
export class TerritorialUnitSearchHit extends SearchHitInterface {
  @Field(() => TerritorialUnitType, { description: "The unit found" })
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
