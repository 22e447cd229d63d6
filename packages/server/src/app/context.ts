import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import type { SearchProvider } from "@obserwatorium/search-indexer";
import { GOOD_PRACTICES_INDEX, ORGANIZATIONS_INDEX, SERVICES_INDEX } from "@obserwatorium/schema";
import type { Request, Response } from "express";
import type { Pool } from "pg";
import { AuditLogService } from "../modules/audit/audit-log.service";
import { ChangeProposalReviewService } from "../modules/change-proposal/change-proposal-review.service";
import { ChangeProposalService } from "../modules/change-proposal/change-proposal.service";
import { CertificateEditorService } from "../modules/certificate/certificate-editor.service";
import { CertificateRepository } from "../modules/certificate/certificate.repository";
import { CertificateService } from "../modules/certificate/certificate.service";
import { systemClock, type Clock } from "../modules/common/clock";
import { PostgresTextFallback } from "../modules/common/text-fallback";
import { TextRanking } from "../modules/common/text-ranking";
import type { Logger } from "../modules/common/logger";
import { DocumentEditorService } from "../modules/document/document-editor.service";
import { EventEditorService } from "../modules/event/event-editor.service";
import { EventRegistrationQueryService } from "../modules/event/event-registration-query.service";
import { EventRegistrationService } from "../modules/event/event-registration.service";
import { createEventLoaders, type EventLoaders } from "../modules/event/event.loaders";
import { EventRepository } from "../modules/event/event.repository";
import { EventQueryService } from "../modules/event/event.service";
import {
  DEFAULT_RETENTION_DAYS,
  registrationConsent,
  type RegistrationConsent,
} from "../modules/event/registration-consent";
import { DocumentTextSearch } from "../modules/document/document-text-search";
import { createDocumentLoaders, type DocumentLoaders } from "../modules/document/document.loaders";
import { DocumentRepository } from "../modules/document/document.repository";
import { DocumentQueryService } from "../modules/document/document.service";
import type { FileStorageOptions } from "../modules/document/files/file-storage";
import { LpdiCoverageService } from "../modules/document/lpdi-coverage.service";
import { GoodPracticeEditorService } from "../modules/good-practice/good-practice-editor.service";
import {
  createGoodPracticeLoaders,
  type GoodPracticeLoaders,
} from "../modules/good-practice/good-practice.loaders";
import { GoodPracticeRepository } from "../modules/good-practice/good-practice.repository";
import { GoodPracticeQueryService } from "../modules/good-practice/good-practice.service";
import { IndicatorEditorService } from "../modules/indicator/indicator-editor.service";
import { createIndicatorLoaders } from "../modules/indicator/indicator.loaders";
import { IndicatorRepository } from "../modules/indicator/indicator.repository";
import { IndicatorService } from "../modules/indicator/indicator.service";
import { OrganizationEditorService } from "../modules/organization/organization-editor.service";
import { OrganizationImportService } from "../modules/organization/import/organization-import.service";
import {
  createOrganizationLoaders,
  type OrganizationLoaders,
} from "../modules/organization/organization.loaders";
import { OrganizationRepository } from "../modules/organization/organization.repository";
import { OrganizationService } from "../modules/organization/organization.service";
import { createServiceLoaders, type ServiceLoaders } from "../modules/service/service.loaders";
import { ServiceCoverageService } from "../modules/service/service-coverage.service";
import { ServiceEditorService } from "../modules/service/service-editor.service";
import { ServiceImportService } from "../modules/service/import/service-import.service";
import { ServiceReportService } from "../modules/service/service-report.service";
import { ServiceRepository } from "../modules/service/service.repository";
import { ServiceQueryService } from "../modules/service/service.service";
import { TerritorialUnitRepository } from "../modules/territory/territorial-unit.repository";
import { TerritorialUnitSearch } from "../modules/territory/territorial-unit.search";
import { TerritorialUnitService } from "../modules/territory/territorial-unit.service";
import { createTerritoryLoaders } from "../modules/territory/territory.loaders";
import { noMailer, type Mailer } from "../modules/mail/mailer";
import { AuthService } from "../modules/user/auth.service";
import type { SessionPolicy } from "../modules/user/session-token";
import { resolveRequestAuth, type RequestAuth } from "../modules/user/request-auth";
import { UserInvitationService } from "../modules/user/user-invitation.service";
import { createUserLoaders, type UserLoaders } from "../modules/user/user.loaders";
import { WorkQueueService } from "../modules/work-queue/work-queue.service";
import { SearchService } from "../modules/search/search.service";
import type { QueryLimits } from "./query-limits/query-limits";
import { requestBudgetOf, type RateLimitSettings, type RequestBudget } from "./rate-limit/request-budget";
import { ApiKeyService } from "../modules/api-key/api-key.service";

export interface ApiDependencies {
  orm: MikroORM;
  /** Reads index sources for keeping Meilisearch in step with writes. */
  pool: Pool;
  search: SearchProvider;
  logger: Logger;
  /** Decides "today" for validity rules; tests move it. */
  clock?: Clock;
  /** Where uploaded files live and how large they may be. */
  files: FileStorageOptions;
  /**
   * Awaited after every mutation and upload, before the response. Writes only record their search
   * changes in the outbox; tests pass a synchronous outbox drain here so that search reads its writes.
   */
  afterWrite?: () => Promise<void>;
  /** Session lifetime and idle timeout; the defaults when omitted (12 hours, 2 hours). */
  sessions?: SessionPolicy;
  /** Sends invitation links; without it they are written to the log. */
  mailer?: Mailer;
  /** The site's public address for links in e-mails and calendars; http://localhost:3000 when omitted. */
  siteUrl?: string;
  /** Days after an event when its participants' personal data is anonymized; 90 when omitted. */
  eventPersonalDataRetentionDays?: number;
  /** Cost, depth and alias limits of every GraphQL request; DEFAULT_QUERY_LIMITS where omitted. */
  queryLimits?: Partial<QueryLimits>;
  /** Origins whose pages may call the API from the browser (CORS); none when omitted. */
  corsOrigins?: readonly string[];
  /** Also serve the API as an Apollo Federation 2 subgraph at /subgraph (FEDERATION_SUBGRAPH). */
  federationSubgraph?: boolean;
  /** Points per window per caller (RATE_LIMIT_*); DEFAULT_RATE_LIMITS where omitted, 0 turns one off. */
  rateLimits?: Partial<RateLimitSettings>;
}

/** Everything one request may use; built fresh per request around its own unit of work. */
export interface RequestContext {
  em: EntityManager;
  territory: TerritorialUnitService;
  organizations: OrganizationService;
  organizationEditor: OrganizationEditorService;
  organizationImport: OrganizationImportService;
  certificates: CertificateService;
  certificateEditor: CertificateEditorService;
  services: ServiceQueryService;
  serviceCoverage: ServiceCoverageService;
  serviceReports: ServiceReportService;
  serviceEditor: ServiceEditorService;
  serviceImport: ServiceImportService;
  documents: DocumentQueryService;
  documentEditor: DocumentEditorService;
  lpdiCoverage: LpdiCoverageService;
  goodPractices: GoodPracticeQueryService;
  goodPracticeEditor: GoodPracticeEditorService;
  indicators: IndicatorService;
  indicatorEditor: IndicatorEditorService;
  changeProposals: ChangeProposalService;
  changeProposalReview: ChangeProposalReviewService;
  workQueues: WorkQueueService;
  auditLog: AuditLogService;
  userInvitations: UserInvitationService;
  events: EventQueryService;
  eventEditor: EventEditorService;
  eventRegistrations: EventRegistrationService;
  eventRegistrationQueries: EventRegistrationQueryService;
  /** The consent wording registration forms show now. */
  registrationConsent: RegistrationConsent;
  loaders: {
    organization: OrganizationLoaders;
    service: ServiceLoaders;
    goodPractice: GoodPracticeLoaders;
    document: DocumentLoaders;
    user: UserLoaders;
    event: EventLoaders;
  };
  /** Site-wide search (Meilisearch federated, PostgreSQL while it is down). */
  search: SearchService;
  authService: AuthService;
  /** The caller: signed-in user (or null), API key, client address, session cookie control. */
  auth: RequestAuth;
  /** The caller's rate-limit budget, which the request spends its measured cost from. */
  rateLimit: RequestBudget;
  apiKeys: ApiKeyService;
}

export async function createRequestContext(
  dependencies: ApiDependencies,
  { req, res }: { req: Request; res: Response },
): Promise<RequestContext> {
  const { orm, search, logger } = dependencies;
  const clock = dependencies.clock ?? systemClock;
  const em = orm.em.fork();
  const authService = new AuthService(em, () => new Date(), dependencies.sessions);
  const auth = await resolveRequestAuth(authService, req, res);
  const organizationLoaders = createOrganizationLoaders(em);
  const serviceLoaders = createServiceLoaders(em);
  const goodPracticeLoaders = createGoodPracticeLoaders(em);
  const documentLoaders = createDocumentLoaders(em);
  const eventLoaders = createEventLoaders(em);
  const retentionDays = dependencies.eventPersonalDataRetentionDays ?? DEFAULT_RETENTION_DAYS;
  const textFallback = new PostgresTextFallback(em);
  const organizations = new OrganizationService(
    new OrganizationRepository(em),
    new TextRanking(search, logger, ORGANIZATIONS_INDEX, textFallback),
    organizationLoaders,
    clock,
    auth.viewer,
  );
  const territory = new TerritorialUnitService(
    new TerritorialUnitRepository(em),
    new TerritorialUnitSearch(search, logger),
    createTerritoryLoaders(em),
  );
  const serviceRepository = new ServiceRepository(em);
  const services = new ServiceQueryService(
    serviceRepository,
    serviceLoaders,
    organizations,
    clock,
    auth.viewer,
    new TextRanking(search, logger, SERVICES_INDEX, textFallback),
  );
  return {
    em,
    territory,
    organizations,
    organizationEditor: new OrganizationEditorService(em, clock),
    organizationImport: new OrganizationImportService(em, clock),
    certificates: new CertificateService(
      em,
      new CertificateRepository(em),
      organizationLoaders,
      organizations,
      clock,
      auth.viewer,
    ),
    certificateEditor: new CertificateEditorService(em, clock),
    services,
    serviceReports: new ServiceReportService(em, services, clock),
    serviceEditor: new ServiceEditorService(em, clock),
    serviceImport: new ServiceImportService(em, clock),
    serviceCoverage: new ServiceCoverageService(serviceRepository, territory, auth.viewer),
    documents: new DocumentQueryService(
      new DocumentRepository(em),
      documentLoaders,
      new DocumentTextSearch(search, logger, textFallback),
      clock,
      auth.viewer,
    ),
    documentEditor: new DocumentEditorService(em),
    lpdiCoverage: new LpdiCoverageService(em, documentLoaders, clock, auth.viewer),
    goodPractices: new GoodPracticeQueryService(
      new GoodPracticeRepository(em),
      goodPracticeLoaders,
      organizations,
      auth.viewer,
      new TextRanking(search, logger, GOOD_PRACTICES_INDEX, textFallback),
    ),
    goodPracticeEditor: new GoodPracticeEditorService(em, clock),
    indicators: new IndicatorService(new IndicatorRepository(em), createIndicatorLoaders(em), territory),
    indicatorEditor: new IndicatorEditorService(em),
    changeProposals: new ChangeProposalService(em, clock),
    changeProposalReview: new ChangeProposalReviewService(em, clock),
    workQueues: new WorkQueueService(em, clock, {
      service: serviceLoaders,
      document: documentLoaders,
      organization: organizationLoaders,
    }),
    auditLog: new AuditLogService(em),
    userInvitations: new UserInvitationService(em, clock, {
      siteUrl: dependencies.siteUrl ?? "http://localhost:3000",
      mailer: dependencies.mailer ?? noMailer,
      logger,
    }),
    events: new EventQueryService(
      new EventRepository(em),
      eventLoaders,
      { organizations, documents: documentLoaders, goodPractices: goodPracticeLoaders },
      clock,
      auth.viewer,
    ),
    eventEditor: new EventEditorService(em, clock),
    eventRegistrations: new EventRegistrationService(em, clock, retentionDays),
    eventRegistrationQueries: new EventRegistrationQueryService(em, eventLoaders),
    registrationConsent: registrationConsent(retentionDays),
    loaders: {
      organization: organizationLoaders,
      service: serviceLoaders,
      goodPractice: goodPracticeLoaders,
      document: documentLoaders,
      user: createUserLoaders(em),
      event: eventLoaders,
    },
    search: new SearchService(
      search,
      textFallback,
      em,
      {
        service: serviceLoaders,
        organization: organizationLoaders,
        goodPractice: goodPracticeLoaders,
        document: documentLoaders,
      },
      logger,
    ),
    authService,
    auth,
    rateLimit: requestBudgetOf(req),
    apiKeys: new ApiKeyService(em, clock),
  };
}
