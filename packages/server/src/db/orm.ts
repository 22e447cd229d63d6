import { Migrator } from "@mikro-orm/migrations";
import { defineConfig, MikroORM, type Options } from "@mikro-orm/postgresql";
import { ApiKeyEntity } from "../modules/api-key/api-key.entity";
import { AuditEntryEntity } from "../modules/audit/audit-entry.entity";
import { ChangeProposalEntity } from "../modules/change-proposal/change-proposal.entity";
import { CertificateEntity } from "../modules/certificate/certificate.entity";
import { CertifiedOfferingEntity } from "../modules/certificate/certified-offering.entity";
import {
  GoodPracticeAreaEntity,
  GoodPracticeAttachmentEntity,
  GoodPracticeOrganizationEntity,
  GoodPracticeResultEntity,
} from "../modules/good-practice/good-practice-children.entity";
import { GoodPracticeEntity } from "../modules/good-practice/good-practice.entity";
import { EventRegistrationEntity } from "../modules/event/event-registration.entity";
import { EventDocumentEntity, EventEntity, EventGoodPracticeEntity } from "../modules/event/event.entity";
import { IndicatorValueEntity } from "../modules/indicator/indicator-value.entity";
import { IndicatorEntity } from "../modules/indicator/indicator.entity";
import { OfferingEntity } from "../modules/organization/offering.entity";
import { OrganizationAreaEntity } from "../modules/organization/organization-area.entity";
import { OrganizationEntity } from "../modules/organization/organization.entity";
import { SocialEnterpriseDecisionEntity } from "../modules/organization/social-enterprise-decision.entity";
import { ServiceAreaEntity } from "../modules/service/service-area.entity";
import { ServiceLocationEntity } from "../modules/service/service-location.entity";
import {
  ServiceOpeningExceptionEntity,
  ServiceOpeningHoursEntity,
} from "../modules/service/service-schedule.entity";
import {
  DocumentEntity,
  DocumentOrganizationEntity,
  DocumentServiceEntity,
} from "../modules/document/document.entity";
import { DocumentFileEntity, DocumentPageEntity } from "../modules/document/files/document-file.entity";
import { ServiceReportEntity } from "../modules/service/service-report.entity";
import { ServiceEntity } from "../modules/service/service.entity";
import { TerritorialUnitEntity } from "../modules/territory/territorial-unit.entity";
import { UserInvitationEntity } from "../modules/user/user-invitation.entity";
import { UserSessionEntity } from "../modules/user/user-session.entity";
import { UserEntity } from "../modules/user/user.entity";
import { migrations } from "./migrations";

export const entities = [
  TerritorialUnitEntity,
  OrganizationEntity,
  OrganizationAreaEntity,
  OfferingEntity,
  SocialEnterpriseDecisionEntity,
  CertificateEntity,
  CertifiedOfferingEntity,
  ServiceEntity,
  ServiceAreaEntity,
  ServiceLocationEntity,
  ServiceOpeningHoursEntity,
  ServiceOpeningExceptionEntity,
  ServiceReportEntity,
  DocumentEntity,
  DocumentOrganizationEntity,
  DocumentServiceEntity,
  DocumentFileEntity,
  DocumentPageEntity,
  GoodPracticeEntity,
  GoodPracticeAreaEntity,
  GoodPracticeOrganizationEntity,
  GoodPracticeResultEntity,
  GoodPracticeAttachmentEntity,
  IndicatorEntity,
  IndicatorValueEntity,
  UserEntity,
  UserSessionEntity,
  AuditEntryEntity,
  ChangeProposalEntity,
  UserInvitationEntity,
  ApiKeyEntity,
  EventEntity,
  EventDocumentEntity,
  EventGoodPracticeEntity,
  EventRegistrationEntity,
];

const CONNECT_TIMEOUT_MS = 5_000;

export interface OrmOptions {
  databaseUrl: string;
  /** Receives every SQL query; used by tests that count queries. */
  loggerFactory?: Options["loggerFactory"];
  poolMax?: number;
}

export function ormConfig({ databaseUrl, loggerFactory, poolMax = 10 }: OrmOptions): Options {
  return defineConfig({
    clientUrl: databaseUrl,
    entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: migrations,
      tableName: "schema_migration",
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: { min: 0, max: poolMax },
    // A database that accepts TCP but never answers (a hung host, a lost network) fails the
    // connection attempt after 5 s instead of holding the request until the OS gives up.
    driverOptions: { connection: { connectionTimeoutMillis: CONNECT_TIMEOUT_MS } },
    debug: loggerFactory ? ["query"] : false,
    ...(loggerFactory ? { loggerFactory } : {}),
    // Entities are plain defineEntity schemas: nothing to discover from decorators or files.
    discovery: { warnWhenNoEntities: true, checkDuplicateEntities: true },
    allowGlobalContext: false,
  });
}

export function createOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export async function migrate(orm: MikroORM): Promise<string[]> {
  const applied = await orm.getMigrator().up();
  return applied.map((migration) => migration.name);
}
