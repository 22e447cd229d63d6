import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { CertificateMutationResolver } from "../modules/certificate/certificate-mutation.resolver";
import { CertificateResolver } from "../modules/certificate/certificate.resolver";
import { NodeResolver } from "../modules/common/node.resolver";
import { OrganizationMutationResolver } from "../modules/organization/organization-mutation.resolver";
import { OrganizationResolver } from "../modules/organization/organization.resolver";
import { ServiceCoverageResolver } from "../modules/service/service-coverage.resolver";
import { OutdatedReportResolver, ServiceReportResolver } from "../modules/service/service-report.resolver";
import { ServiceMutationResolver } from "../modules/service/service-mutation.resolver";
import { ServiceLocationResolver } from "../modules/service/service-location.resolver";
import { ServiceResolver } from "../modules/service/service.resolver";
import { TerritorialUnitResolver } from "../modules/territory/territorial-unit.resolver";
import { authChecker } from "../modules/user/auth-checker";
import { AuthResolver } from "../modules/user/auth.resolver";
import { UserResolver } from "../modules/user/user.resolver";

export const resolvers = [
  TerritorialUnitResolver,
  OrganizationResolver,
  OrganizationMutationResolver,
  CertificateResolver,
  CertificateMutationResolver,
  ServiceResolver,
  ServiceLocationResolver,
  ServiceCoverageResolver,
  ServiceMutationResolver,
  ServiceReportResolver,
  OutdatedReportResolver,
  AuthResolver,
  UserResolver,
  NodeResolver,
] as const;

export function buildApiSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, authChecker, validate: false });
}

/** The SDL committed as packages/schema/schema.graphql: sorted, so diffs show real changes only. */
export function printApiSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
