import type { SocialEnterpriseDecision } from "@obserwatorium/schema";
import { Field, ID, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../common/local-date.scalar";
import { SocialEnterpriseDecisionEnum } from "./organization.enums";

@ObjectType("SocialEnterpriseDecision", {
  description: "A wojewoda's decision granting or withdrawing the status of przedsiębiorstwo społeczne",
})
export class SocialEnterpriseDecisionType {
  @Field(() => ID, { description: "Stable identifier of the decision" })
  id!: string;

  @Field(() => SocialEnterpriseDecisionEnum, { description: "Whether the status was granted or withdrawn" })
  decision!: SocialEnterpriseDecision;

  @Field(() => LocalDateScalar, { description: "Day of the wojewoda's decision" })
  decisionDate!: string;

  @Field(() => String, { nullable: true, description: "The decision's number; null when not known" })
  decisionNumber!: string | null;

  @Field(() => String, { description: "TERYT code of the województwo whose wojewoda decided" })
  voivodeshipCode!: string;

  @Field(() => LocalDateScalar, { description: "From when the decision applies" })
  effectiveFrom!: string;
}
