import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { Organization } from "./organization.entity";
import { OrganizationType } from "./organization.type";

@ObjectType("OrganizationPayload", {
  description: "An organization after a change, or the reasons it was refused",
})
export class OrganizationPayload {
  @Field(() => OrganizationType, { nullable: true, description: "Null when userErrors is not empty" })
  organization!: Organization | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const organizationPayload = (organization: Organization | null, userErrors: UserError[] = []) => ({
  organization: userErrors.length ? null : organization,
  userErrors,
});
