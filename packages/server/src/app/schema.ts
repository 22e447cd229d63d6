import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { ApiKeyResolver } from "../modules/api-key/api-key.resolver";
import { AuditLogResolver } from "../modules/audit/audit-log.resolver";
import { ChangeProposalMutationResolver } from "../modules/change-proposal/change-proposal-mutation.resolver";
import { ChangeProposalResolver } from "../modules/change-proposal/change-proposal.resolver";
import { CertificateMutationResolver } from "../modules/certificate/certificate-mutation.resolver";
import { CertificateResolver } from "../modules/certificate/certificate.resolver";
import { DocumentFileResolver } from "../modules/document/document-file.resolver";
import { DocumentMutationResolver } from "../modules/document/document-mutation.resolver";
import { DocumentResolver } from "../modules/document/document.resolver";
import { NodeResolver } from "../modules/common/node.resolver";
import { EventMutationResolver } from "../modules/event/event-mutation.resolver";
import { EventRegistrationResolver } from "../modules/event/event-registration.resolver";
import { EventPlacesResolver, EventVenueResolver } from "../modules/event/event-places.resolver";
import { EventResolver } from "../modules/event/event.resolver";
import { SEARCH_HIT_TYPES_CLASSES } from "../modules/search/search-hit.type";
import { SearchResolver } from "../modules/search/search.resolver";
import { GoodPracticeMutationResolver } from "../modules/good-practice/good-practice-mutation.resolver";
import { GoodPracticeResolver } from "../modules/good-practice/good-practice.resolver";
import { ChangesResolver } from "../modules/changes/changes.resolver";
import { IndicatorMutationResolver } from "../modules/indicator/indicator-mutation.resolver";
import { IndicatorValueResolver } from "../modules/indicator/indicator-value.resolver";
import { IndicatorResolver } from "../modules/indicator/indicator.resolver";
import { OrganizationImportResolver } from "../modules/organization/import/organization-import.resolver";
import { OrganizationMutationResolver } from "../modules/organization/organization-mutation.resolver";
import { OrganizationResolver } from "../modules/organization/organization.resolver";
import { ServiceCoverageResolver } from "../modules/service/service-coverage.resolver";
import { OutdatedReportResolver, ServiceReportResolver } from "../modules/service/service-report.resolver";
import { ServiceImportResolver } from "../modules/service/import/service-import.resolver";
import { ServiceMutationResolver } from "../modules/service/service-mutation.resolver";
import { ServiceLocationResolver } from "../modules/service/service-location.resolver";
import { ServiceResolver } from "../modules/service/service.resolver";
import { TerritorialUnitResolver } from "../modules/territory/territorial-unit.resolver";
import { authChecker } from "../modules/user/auth-checker";
import { AuthResolver } from "../modules/user/auth.resolver";
import { UserAdminResolver } from "../modules/user/user-admin.resolver";
import { UserInvitationResolver } from "../modules/user/user-invitation.resolver";
import { UserResolver } from "../modules/user/user.resolver";
import { UserSessionsResolver } from "../modules/user/user-sessions.resolver";
import { WorkQueueResolver } from "../modules/work-queue/work-queue.resolver";

export const resolvers = [
  TerritorialUnitResolver,
  OrganizationResolver,
  OrganizationMutationResolver,
  OrganizationImportResolver,
  CertificateResolver,
  CertificateMutationResolver,
  ServiceResolver,
  ServiceLocationResolver,
  ServiceCoverageResolver,
  ServiceMutationResolver,
  ServiceImportResolver,
  GoodPracticeResolver,
  GoodPracticeMutationResolver,
  ServiceReportResolver,
  OutdatedReportResolver,
  IndicatorResolver,
  IndicatorValueResolver,
  IndicatorMutationResolver,
  ChangesResolver,
  AuthResolver,
  UserResolver,
  UserAdminResolver,
  UserInvitationResolver,
  UserSessionsResolver,
  ChangeProposalResolver,
  ChangeProposalMutationResolver,
  WorkQueueResolver,
  AuditLogResolver,
  ApiKeyResolver,
  DocumentResolver,
  DocumentFileResolver,
  DocumentMutationResolver,
  EventResolver,
  EventPlacesResolver,
  EventVenueResolver,
  EventMutationResolver,
  EventRegistrationResolver,
  NodeResolver,
  SearchResolver,
] as const;

export async function buildApiSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    orphanedTypes: SEARCH_HIT_TYPES_CLASSES,
    authChecker,
    validate: false,
  });
  // type-graphql has no option for the root types' descriptions.
  schema.getQueryType()!.description = "Reading: public records for everyone, the rest by role";
  schema.getMutationType()!.description =
    "Writing: signing in, reports from residents and the panel's edits, by role";
  return schema;
}

/** The SDL committed as packages/schema/schema.graphql: sorted, so diffs show real changes only. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
