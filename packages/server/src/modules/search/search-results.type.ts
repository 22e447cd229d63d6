import { Field, Int, ObjectType } from "type-graphql";
import { SearchHitInterface } from "./search-hit.type";
import { SuggestionKindEnum, type SuggestionKind } from "./search.enums";

@ObjectType("FacetCount", { description: "How many matches share one value" })
export class FacetCountType {
  @Field(() => String, { description: "The value counted (an enum value's name)" })
  value!: string;

  @Field(() => Int, { description: "Number of matches with the value" })
  count!: number;
}

@ObjectType("SearchFacets", {
  description:
    "Counts over all matches (documents count matching pages); empty in degraded mode except types",
})
export class SearchFacetsType {
  @Field(() => [FacetCountType], { description: "Per SearchHitType" })
  types!: FacetCountType[];

  @Field(() => [FacetCountType], { description: "Matching services and practices per statutory area" })
  serviceAreas!: FacetCountType[];

  @Field(() => [FacetCountType], { description: "Matching services and practices per target group" })
  targetGroups!: FacetCountType[];

  @Field(() => [FacetCountType], { description: "Matching organizations per legal form" })
  legalForms!: FacetCountType[];

  @Field(() => [FacetCountType], { description: "Matching documents per kind" })
  documentKinds!: FacetCountType[];
}

@ObjectType("SearchResults", { description: "One page of the site-wide search" })
export class SearchResultsType {
  @Field(() => [SearchHitInterface], { description: "The page's results, best first" })
  hits!: SearchHitInterface[];

  @Field(() => Int, { description: "Estimated number of matches" })
  totalHits!: number;

  @Field(() => Int, { description: "Time the search engine took, in milliseconds" })
  processingTimeMs!: number;

  @Field(() => SearchFacetsType, {
    description: "Counts of all matches by type and filter values, for narrowing the search",
  })
  facets!: SearchFacetsType;

  @Field(() => Boolean, {
    description: "True while the search engine is down: PostgreSQL answered, with coarser ranking",
  })
  degraded!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" })
  endCursor!: string | null;

  @Field(() => Boolean, { description: "Another page follows; ask for it with after: endCursor" })
  hasNextPage!: boolean;
}

@ObjectType("Suggestion", { description: "A completion for the search box" })
export class SuggestionType {
  @Field(() => SuggestionKindEnum, {
    description: "What the completion is: a place, an area, a service type or an organization",
  })
  kind!: SuggestionKind;

  @Field(() => String, { description: "The text to show and to search for" })
  label!: string;

  @Field(() => String, { description: "TERYT code, enum value or organization slug" })
  value!: string;
}
