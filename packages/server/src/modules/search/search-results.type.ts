import { Field, Int, ObjectType } from "type-graphql";
import { SearchHitInterface } from "./search-hit.type";
import { SuggestionKindEnum, type SuggestionKind } from "./search.enums";

@ObjectType("FacetCount")
export class FacetCountType {
  @Field(() => String)
  value!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType("SearchFacets", {
  description:
    "Counts over all matches (documents count matching pages); empty in degraded mode except types",
})
export class SearchFacetsType {
  @Field(() => [FacetCountType], { description: "Per SearchHitType" })
  types!: FacetCountType[];

  @Field(() => [FacetCountType])
  serviceAreas!: FacetCountType[];

  @Field(() => [FacetCountType])
  targetGroups!: FacetCountType[];

  @Field(() => [FacetCountType])
  legalForms!: FacetCountType[];

  @Field(() => [FacetCountType])
  documentKinds!: FacetCountType[];
}

@ObjectType("SearchResults")
export class SearchResultsType {
  @Field(() => [SearchHitInterface])
  hits!: SearchHitInterface[];

  @Field(() => Int, { description: "Estimated number of matches" })
  totalHits!: number;

  @Field(() => Int)
  processingTimeMs!: number;

  @Field(() => SearchFacetsType)
  facets!: SearchFacetsType;

  @Field(() => Boolean, {
    description: "True while the search engine is down: PostgreSQL answered, with coarser ranking",
  })
  degraded!: boolean;

  @Field(() => String, { nullable: true, description: "Pass as `after` for the next page" })
  endCursor!: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

@ObjectType("Suggestion", { description: "A completion for the search box" })
export class SuggestionType {
  @Field(() => SuggestionKindEnum)
  kind!: SuggestionKind;

  @Field(() => String)
  label!: string;

  @Field(() => String, { description: "TERYT code, enum value or organization slug" })
  value!: string;
}
