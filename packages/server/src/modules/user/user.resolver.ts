import { FieldResolver, ID, Resolver, Root } from "type-graphql";
import { toGlobalId } from "../common/global-id";
import type { AuthenticatedUser } from "./auth.service";
import { UserType } from "./user.type";

@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => ID, { description: "Global ID" })
  id(@Root() user: AuthenticatedUser) {
    return toGlobalId("User", user.id);
  }
}
