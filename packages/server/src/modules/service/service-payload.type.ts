import { Field, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { Service } from "./service.entity";
import { ServiceObjectType } from "./service.type";

@ObjectType("ServicePayload", { description: "A service after a change, or the reasons it was refused" })
export class ServicePayload {
  @Field(() => ServiceObjectType, { nullable: true, description: "Null when userErrors is not empty" })
  service!: Service | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}

export const servicePayload = (service: Service | null, userErrors: UserError[] = []) => ({
  service: userErrors.length ? null : service,
  userErrors,
});
