import { Field, ID, ObjectType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { UserErrorType, type UserError } from "../common/user-error.type";
import type { ServiceReport } from "./service-report.entity";

@ObjectType("OutdatedReport", { description: "A note that a service's information is out of date" })
export class OutdatedReportType {
  @Field(() => ID, { description: "Global ID of the report" })
  id!: string;

  @Field(() => DateTimeScalar, { description: "When the report was filed" })
  createdAt!: Date;
}

@ObjectType("ServiceReport", { description: "A resident's report as editors see it" })
export class ServiceReportType extends OutdatedReportType {
  @Field(() => String, { description: "What the resident says is wrong" })
  message!: string;

  @Field(() => String, { nullable: true, description: "E-mail or phone, when the resident left one" })
  contact!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When an editor resolved it; null while open" })
  resolvedAt!: Date | null;

  @Field(() => String, { description: "The editor's note on resolving it; empty while open" })
  resolutionNote!: string;
}

export const ServiceReportConnection = connectionType("ServiceReport", ServiceReportType);

@ObjectType("ReportOutdatedPayload", { description: "The report filed, or the reasons it was refused" })
export class ReportOutdatedPayload {
  @Field(() => OutdatedReportType, { nullable: true, description: "Null when userErrors is not empty" })
  report!: ServiceReport | null;

  @Field(() => [UserErrorType], { description: "Why the report was not filed; empty on success" })
  userErrors!: UserError[];
}

@ObjectType("ResolveServiceReportPayload", {
  description: "The resolved report, or the reasons it could not be resolved",
})
export class ResolveServiceReportPayload {
  @Field(() => ServiceReportType, { nullable: true, description: "Null when userErrors is not empty" })
  report!: ServiceReport | null;

  @Field(() => [UserErrorType], { description: "Why nothing was written; empty on success" })
  userErrors!: UserError[];
}
