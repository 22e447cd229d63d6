import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { Service } from "./service.entity";
import { ServiceObjectType } from "./service.type";

@ObjectType("ServicePayload")
export class ServicePayload {
  @Field(() => ServiceObjectType, { nullable: true, description: "Null when userErrors is not empty" })
  service!: Service | null;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}

export const servicePayload = (service: Service | null, userErrors: UserError[] = []) => ({
  service: userErrors.length ? null : service,
  userErrors,
});
