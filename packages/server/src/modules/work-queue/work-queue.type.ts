import { Field, Int, ObjectType, type ClassType } from "type-graphql";
import { CertificateObjectType } from "../certificate/certificate.type";
import { ChangeProposalType } from "../change-proposal/change-proposal.type";
import { DocumentType } from "../document/document.type";
import { OrganizationType } from "../organization/organization.type";
import { ServiceReportType } from "../service/service-report.type";
import { ServiceObjectType } from "../service/service.type";

/** Builds `XQueue`: how many items wait, and the first of them. */
function workQueueType<TItem extends object>(name: string, itemType: ClassType<TItem>, description: string) {
  @ObjectType(`${name}Queue`, { description })
  class QueueType {
    @Field(() => Int, { description: "Every item waiting, not only those listed" })
    totalCount!: number;

    @Field(() => [itemType], { description: "The first items, the longest waiting first" })
    items!: TItem[];
  }
  return QueueType;
}

export const ChangeProposalQueue = workQueueType(
  "ChangeProposal",
  ChangeProposalType,
  "Pending change proposals, oldest first",
);
export const ServiceReportQueue = workQueueType(
  "ServiceReport",
  ServiceReportType,
  "Open reports of outdated information, oldest first",
);
export const UnverifiedServiceQueue = workQueueType(
  "UnverifiedService",
  ServiceObjectType,
  "Published services not verified for 12 months (or never), the longest unverified first",
);
export const UnverifiedOrganizationQueue = workQueueType(
  "UnverifiedOrganization",
  OrganizationType,
  "Published organizations not verified for 12 months (or never), the longest unverified first",
);
export const ExpiringCertificateQueue = workQueueType(
  "ExpiringCertificate",
  CertificateObjectType,
  "Certificates in force that expire within 30 days, the soonest first",
);
export const DocumentWithoutTextQueue = workQueueType(
  "DocumentWithoutText",
  DocumentType,
  "Documents (not archived) whose latest file has no usable text layer: scanned, encrypted or broken",
);

@ObjectType("WorkQueues", { description: "What waits for the editors, queue by queue" })
export class WorkQueuesType {
  @Field(() => ChangeProposalQueue, { description: "Change proposals waiting for an editor" })
  pendingProposals!: InstanceType<typeof ChangeProposalQueue>;

  @Field(() => ServiceReportQueue, { description: "Residents' open reports of outdated information" })
  outdatedReports!: InstanceType<typeof ServiceReportQueue>;

  @Field(() => UnverifiedServiceQueue, { description: "Published services not verified for 12 months" })
  unverifiedServices!: InstanceType<typeof UnverifiedServiceQueue>;

  @Field(() => UnverifiedOrganizationQueue, {
    description: "Published organizations not verified for 12 months",
  })
  unverifiedOrganizations!: InstanceType<typeof UnverifiedOrganizationQueue>;

  @Field(() => ExpiringCertificateQueue, { description: "Certificates that expire within 30 days" })
  expiringCertificates!: InstanceType<typeof ExpiringCertificateQueue>;

  @Field(() => DocumentWithoutTextQueue, { description: "Documents whose files have no searchable text" })
  documentsWithoutText!: InstanceType<typeof DocumentWithoutTextQueue>;
}
