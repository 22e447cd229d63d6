import { Field, ID, InputType } from "type-graphql";
import { DateTimeScalar } from "../../common/date-time.scalar";

@InputType("AuditLogFilter", { description: "Every given condition must hold" })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: "e.g. Organization, Service, ChangeProposal, User" })
  entityType?: string | null;

  @Field(() => String, { nullable: true, description: "The record's global ID or its stored ID" })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: "Global ID of the user who made the changes" })
  actorUserId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "From this moment on (inclusive)" })
  from?: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "Before this moment (exclusive)" })
  to?: Date | null;
}
