import type { SocialEnterpriseDecision } from "@obserwatorium/schema";
import { Field, InputType } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import { SocialEnterpriseDecisionEnum } from "../organization.enums";

@InputType("SocialEnterpriseDecisionInput", {
  description: "A wojewoda's decision on the PS status, as recorded",
})
export class SocialEnterpriseDecisionInput {
  @Field(() => SocialEnterpriseDecisionEnum, { description: "Whether the status was granted or withdrawn" })
  decision!: SocialEnterpriseDecision;

  @Field(() => LocalDateScalar, { description: "Day of the decision; not in the future" })
  decisionDate!: string;

  @Field(() => String, { nullable: true, description: "The decision's number" })
  decisionNumber?: string | null;

  @Field(() => String, { description: "TERYT code of the województwo (2 digits)" })
  voivodeshipCode!: string;

  @Field(() => LocalDateScalar, { nullable: true, description: "Defaults to the decision date" })
  effectiveFrom?: string | null;
}
