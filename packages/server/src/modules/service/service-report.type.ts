import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { ServiceReport } from "./service-report.entity";

@ObjectType("OutdatedReport", { description: "A note that a service's information is out of date" })
export class OutdatedReportType {
  @Field(() => ID)
  id!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}

@ObjectType("ServiceReport", { description: "A resident's report as editors see it" })
export class ServiceReportType extends OutdatedReportType {
  @Field(() => String)
  message!: string;

  @Field(() => String, { nullable: true, description: "E-mail or phone, when the resident left one" })
  contact!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String)
  resolutionNote!: string;
}

export const ServiceReportConnection = connectionType("ServiceReport", ServiceReportType);

@ObjectType("ReportOutdatedPayload")
export class ReportOutdatedPayload {
  @Field(() => OutdatedReportType, { nullable: true, description: "Null when userErrors is not empty" })
  report!: ServiceReport | null;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}

@ObjectType("ResolveServiceReportPayload")
export class ResolveServiceReportPayload {
  @Field(() => ServiceReportType, { nullable: true, description: "Null when userErrors is not empty" })
  report!: ServiceReport | null;

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}
