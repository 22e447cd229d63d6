import type { DocumentKind, LegalForm, ServiceArea, TargetGroup } from "@obserwatorium/schema";
import { ArgsType, Field, Float, InputType, Int } from "type-graphql";
import { DocumentKindEnum } from "../../document/document.enums";
import { LegalFormEnum } from "../../organization/organization.enums";
import { ServiceAreaEnum, TargetGroupEnum } from "../../service/service.enums";
import { SearchHitTypeEnum, type SearchHitType } from "../search.enums";

@InputType("SearchFilter", {
  description: "Every given filter must hold; a filter that does not apply to a type leaves that type out",
})
export class SearchFilterInput {
  @Field(() => String, { nullable: true, description: "TERYT code: what is in, serves or concerns it" })
  areaCode?: string | null;

  @Field(() => [ServiceAreaEnum], {
    nullable: true,
    description: "Services and practices in any of these areas",
  })
  serviceAreas?: ServiceArea[] | null;

  @Field(() => [TargetGroupEnum], {
    nullable: true,
    description: "Services and practices for any of these groups",
  })
  targetGroups?: TargetGroup[] | null;

  @Field(() => [LegalFormEnum], { nullable: true, description: "Organizations of any of these legal forms" })
  legalForms?: LegalForm[] | null;

  @Field(() => Boolean, { nullable: true, description: "Organizations with an active certificate" })
  hasActiveCertificate?: boolean | null;

  @Field(() => [DocumentKindEnum], { nullable: true, description: "Documents of any of these kinds" })
  documentKinds?: DocumentKind[] | null;

  @Field(() => Boolean, { nullable: true, description: "Free services only" })
  freeOnly?: boolean | null;

  @Field(() => [String], { nullable: true, description: "Services in one of these languages (ISO 639)" })
  languages?: string[] | null;
}

@InputType("SearchNear", { description: "Services within a distance of a point" })
export class SearchNearInput {
  @Field(() => Float, { description: "Degrees north (WGS 84)" })
  latitude!: number;

  @Field(() => Float, { description: "Degrees east (WGS 84)" })
  longitude!: number;

  @Field(() => Float, { description: "Kilometres" })
  radiusKm!: number;
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: "What to look for; Polish letters, inflection and typos are forgiven" })
  query!: string;

  @Field(() => [SearchHitTypeEnum], { nullable: true, description: "Only these kinds of hits" })
  types?: SearchHitType[] | null;

  @Field(() => SearchFilterInput, { nullable: true, description: "Only hits that match" })
  filter?: SearchFilterInput | null;

  @Field(() => SearchNearInput, { nullable: true, description: "Only services near a point" })
  near?: SearchNearInput | null;

  @Field(() => Int, { description: "Hits per page, 1 to 50; required" })
  first!: number;

  @Field(() => String, { nullable: true, description: "`endCursor` of the previous page" })
  after?: string | null;
}
