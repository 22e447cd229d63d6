import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { USER_ROLES, type UserRole } from "./user.entity";

export const UserRoleEnum = Object.fromEntries(USER_ROLES.map((role) => [role, role])) as {
  [R in UserRole]: R;
};

const roleDescriptions: Record<UserRole, string> = {
  ADMIN: "Manages users and everything editors can do",
  EDITOR: "Maintains the registers and the published content",
  ORGANIZATION_REP: "Represents one organization: proposes changes to its profile and services",
};

registerEnumType(UserRoleEnum, {
  name: "UserRole",
  description: "What a signed-in user may do",
  valuesConfig: Object.fromEntries(USER_ROLES.map((role) => [role, { description: roleDescriptions[role] }])),
});

@ObjectType("User", {
  description: "A signed-in user: administrator, editor or an organization's representative",
})
export class UserType {
  @Field(() => ID, { description: "Global ID of the account" })
  id!: string;

  @Field(() => String, { description: "Sign-in address" })
  email!: string;

  @Field(() => String, { description: "Name shown in the panel and the audit log" })
  displayName!: string;

  @Field(() => UserRoleEnum, { description: "What the account may do" })
  role!: UserRole;
}
