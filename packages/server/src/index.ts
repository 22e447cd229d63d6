export { startApiServer, type RunningApi } from "./app/api-server";
export type { ApiDependencies } from "./app/context";
export { buildApiSchema, printApiSchema } from "./app/schema";
export { buildSubgraphApiSchema, printSubgraphApiSchema } from "./app/federation/subgraph-schema";
export { measureOperation, type OperationMeasure } from "./app/query-limits/measure-operation";
export { DEFAULT_QUERY_LIMITS, type QueryLimits } from "./app/query-limits/query-limits";
export { loadConfig, ConfigError, type Config } from "./config/config";
export { REPO_ROOT } from "./config/paths";
export { createOrm, migrate } from "./db/orm";
export { prepareData } from "./hub/prepare-data";
export { clockAt, type Clock } from "./modules/common/clock";
export { createLogger, type Logger } from "./modules/common/logger";
export { createMailer, noMailer, type Mailer, type MailMessage } from "./modules/mail/mailer";
export { importTerytFile } from "./modules/territory/teryt-import/import-teryt";
export { enqueueSearchChange } from "./modules/search-sync/search-outbox";
export { verifySearchIndexes, type VerifyReport } from "./modules/search-sync/verify-search";
export {
  AuthService,
  INVALID_CREDENTIALS_MESSAGE,
  type AuthenticatedUser,
} from "./modules/user/auth.service";
export { hashSessionToken, type SessionPolicy } from "./modules/user/session-token";
export { createUser } from "./modules/user/user.service";
export { TercFileError } from "./modules/territory/teryt-import/parse-terc";
export {
  importIndicatorValuesCsv,
  importIndicatorValuesFile,
  type IndicatorImportReport,
} from "./modules/indicator/import/import-indicator-values";
export { IndicatorCsvError, type IndicatorCsvProblem } from "./modules/indicator/import/indicator-csv-error";
export { writeTextPdf } from "./modules/document/files/pdf-writer";
export { loadDemoDocumentsIfEmpty } from "./modules/demo/load-demo-documents";
export { FileStorage } from "./modules/document/files/file-storage";
export { federatedQueries, searchedTypes } from "./modules/search/search-queries";
export {
  anonymizeEventRegistrations,
  type AnonymizationReport,
} from "./modules/event/registration-retention";
export { hashApiKey } from "./modules/api-key/api-key-token";
export { DEFAULT_RATE_LIMITS, type RateLimitSettings } from "./app/rate-limit/request-budget";
