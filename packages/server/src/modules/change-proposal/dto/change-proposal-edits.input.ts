import { Field, InputType } from "type-graphql";
import { OrganizationInput } from "../../organization/dto/organization.input";
import { ServiceInput } from "../../service/dto/service.input";

@InputType("ChangeProposalEditsInput", {
  description:
    "An editor's adjusted version of the proposed values, replacing them in full: `organization` for " +
    "an ORGANIZATION proposal, `service` for a SERVICE one",
})
export class ChangeProposalEditsInput {
  @Field(() => OrganizationInput, {
    nullable: true,
    description: "The editor's version of a proposed organization change",
  })
  organization?: OrganizationInput | null;

  @Field(() => ServiceInput, {
    nullable: true,
    description: "The editor's version of a proposed service change",
  })
  service?: ServiceInput | null;
}
