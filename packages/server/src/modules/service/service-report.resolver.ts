import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { PageArgs } from "../common/page.args";
import { toGlobalId } from "../common/global-id";
import type { ServiceReport } from "./service-report.entity";
import {
  OutdatedReportType,
  ReportOutdatedPayload,
  ResolveServiceReportPayload,
  ServiceReportConnection,
  ServiceReportType,
} from "./service-report.type";
import { ServiceObjectType } from "./service.type";

@Resolver(() => ServiceReportType)
export class ServiceReportResolver {
  @Mutation(() => ReportOutdatedPayload, {
    description:
      "Tells the editors that a service's information is out of date; open to anyone, rate-limited",
  })
  reportOutdated(
    @Arg("serviceId", () => ID, { description: "Global ID of the service" }) serviceId: string,
    @Arg("message", () => String, { description: "What is wrong, 10 to 2000 characters" }) message: string,
    @Arg("contact", () => String, { nullable: true, description: "E-mail or phone for questions" })
    contact: string | null,
    @Ctx() { serviceReports, auth }: RequestContext,
  ) {
    return serviceReports.report(serviceId, message, contact, auth.clientIp);
  }

  @Authorized()
  @Query(() => ServiceReportConnection, { description: "Residents' reports, newest first (editors)" })
  serviceReports(
    @Ctx() { serviceReports }: RequestContext,
    @Arg("unresolvedOnly", () => Boolean, {
      defaultValue: true,
      description: "Only reports not resolved yet",
    })
    unresolvedOnly: boolean,
    @Args(() => PageArgs) { first, after }: PageArgs,
  ) {
    return serviceReports.list(unresolvedOnly, first, after);
  }

  @Authorized()
  @Mutation(() => ResolveServiceReportPayload, { description: "Marks a report as dealt with" })
  resolveServiceReport(
    @Arg("id", () => ID, { description: "Global ID of the report" }) id: string,
    @Arg("note", () => String, { nullable: true, description: "What was done about it" }) note: string | null,
    @Ctx() { serviceReports, auth }: RequestContext,
  ) {
    return serviceReports.resolve(id, note, auth.user!);
  }

  @FieldResolver(() => ID, { description: "Global ID of the report" })
  id(@Root() report: ServiceReport) {
    return toGlobalId("ServiceReport", report.id);
  }

  @FieldResolver(() => ServiceObjectType, { nullable: true, description: "The service reported" })
  service(@Root() report: ServiceReport, @Ctx() { loaders }: RequestContext) {
    return loaders.service.serviceById.load(report.serviceId);
  }
}

@Resolver(() => OutdatedReportType)
export class OutdatedReportResolver {
  @FieldResolver(() => ID)
  id(@Root() report: ServiceReport) {
    return toGlobalId("ServiceReport", report.id);
  }
}
