import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { Organization } from "./organization.entity";
import { OrganizationType } from "./organization.type";

@ObjectType("OrganizationPayload")
export class OrganizationPayload {
  @Field(() => OrganizationType, { nullable: true, description: "Null when userErrors is not empty" })
  organization!: Organization | null;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}

export const organizationPayload = (organization: Organization | null, userErrors: UserError[] = []) => ({
  organization: userErrors.length ? null : organization,
  userErrors,
});
