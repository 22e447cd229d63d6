import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { OrganizationFilterInput, OrganizationOrder } from "./organization-filter.input";

@ArgsType()
export class OrganizationsArgs extends PageArgs {
  @Field(() => OrganizationFilterInput, { nullable: true, description: "Only organizations that match" })
  filter?: OrganizationFilterInput | null;

  @Field(() => OrganizationOrder, {
    defaultValue: OrganizationOrder.NAME,
    description: "Ignored for text searches, which are ranked by relevance",
  })
  orderBy!: OrganizationOrder;
}
