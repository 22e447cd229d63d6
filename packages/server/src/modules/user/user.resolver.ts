import { Ctx, FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { toGlobalId } from "../common/global-id";
import { OrganizationType } from "../organization/organization.type";
import type { AuthenticatedUser } from "./auth.service";
import { UserType } from "./user.type";

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => ID, { description: "Global ID" })
  id(@Root() user: AuthenticatedUser) {
    return toGlobalId("User", user.id);
  }

  @FieldResolver(() => OrganizationType, {
    nullable: true,
    description: "The organization an ORGANIZATION_REP represents; null for staff",
  })
  organization(@Root() user: Pick<AuthenticatedUser, "organizationId">, @Ctx() { loaders }: RequestContext) {
    return user.organizationId ? loaders.organization.organizationById.load(user.organizationId) : null;
  }
}
