import type { SocialEnterpriseDecision } from "@obserwatorium/schema";
import { Field, InputType } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import { SocialEnterpriseDecisionEnum } from "../organization.enums";

@InputType("SocialEnterpriseDecisionInput")
export class SocialEnterpriseDecisionInput {
  @Field(() => SocialEnterpriseDecisionEnum)
  decision!: SocialEnterpriseDecision;

  @Field(() => LocalDateScalar)
  decisionDate!: string;

  @Field(() => String, { nullable: true })
  decisionNumber?: string | null;

  @Field(() => String, { description: "TERYT code of the województwo (2 digits)" })
  voivodeshipCode!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Defaults to the decision date" })
  effectiveFrom?: string | null;
}
