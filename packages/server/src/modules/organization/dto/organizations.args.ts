import { ArgsType, Field, Int } from "type-graphql";
import { OrganizationFilterInput, OrganizationOrder } from "./organization-filter.input";

@ArgsType()
export class OrganizationsArgs {
  @Field(() => OrganizationFilterInput, { nullable: true })
  filter?: OrganizationFilterInput | null;

  @Field(() => OrganizationOrder, {
    defaultValue: OrganizationOrder.NAME,
    description: "Ignored for text searches, which are ranked by relevance",
  })
  orderBy!: OrganizationOrder;

  @Field(() => Int, { defaultValue: 20, description: "Page size, 1 to 500" })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
