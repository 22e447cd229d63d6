// Public entry of the demo-data generator (`@obserwatorium/server/demo`), for the CLI and tests.
export {
  CERTIFICATE_TERM_MONTHS,
  DEMO_PREFIX,
  generateDemoRegistry,
  ZAKUP_PROSPOLECZNY_GRANTOR,
  ZNAK_JAKOSCI_GRANTOR,
  type DemoCertificateRow,
  type DemoCertifiedOfferingRow,
  type DemoGmina,
  type DemoOfferingRow,
  type DemoOrganizationAreaRow,
  type DemoOrganizationRow,
  type DemoRegistry,
  type DemoSocialEnterpriseDecisionRow,
  type GenerateDemoRegistryOptions,
} from "./generate-demo-registry";
export {
  DEFAULT_DEMO_ORGANIZATION_COUNT,
  DEFAULT_DEMO_SEED,
  loadDemoRegistry,
  loadDemoRegistryIfEmpty,
  PODLASKIE_ONLY_MAX_COUNT,
  readDemoGminy,
  RegistryNotDemoError,
  replaceDemoRegistry,
  type DemoRegistryCounts,
  type LoadDemoRegistryOptions,
} from "./load-demo-registry";
export { REAL_HOLDERS } from "./demo-catalogue";
export {
  DEFAULT_DEMO_SERVICE_COUNT,
  DEFAULT_DEMO_SERVICES_SEED,
  generateDemoServices,
  LAPY_GMINA_CODE,
  type DemoPowiat,
  type DemoServiceProvider,
  type DemoServiceRow,
  type DemoServices,
  type GenerateDemoServicesOptions,
} from "./generate-demo-services";
export {
  loadDemoServices,
  loadDemoServicesIfEmpty,
  type DemoServicesCounts,
  type LoadDemoServicesOptions,
} from "./load-demo-services";
export {
  DEFAULT_DEMO_INDICATORS_SEED,
  DEMO_INDICATOR_FIRST_YEAR,
  DEMO_INDICATOR_LAST_YEAR,
  generateDemoIndicators,
  type DemoIndicatorRow,
  type DemoIndicators,
  type DemoIndicatorUnit,
  type DemoIndicatorValueRow,
  type GenerateDemoIndicatorsOptions,
} from "./generate-demo-indicators";
export {
  loadDemoIndicators,
  loadDemoIndicatorsIfEmpty,
  type DemoIndicatorsCounts,
  type LoadDemoIndicatorsOptions,
} from "./load-demo-indicators";
export {
  DEFAULT_DEMO_GOOD_PRACTICE_COUNT,
  DEFAULT_DEMO_GOOD_PRACTICES_SEED,
  generateDemoGoodPractices,
  type DemoGoodPracticeRow,
  type DemoGoodPractices,
  type DemoPracticeOrganization,
  type GenerateDemoGoodPracticesOptions,
} from "./generate-demo-good-practices";
export {
  loadDemoGoodPractices,
  loadDemoGoodPracticesIfEmpty,
  type DemoGoodPracticesCounts,
  type LoadDemoGoodPracticesOptions,
} from "./load-demo-good-practices";
export {
  generateDemoEvents,
  type DemoEventOrganizer,
  type DemoEventRow,
  type DemoEvents,
  type DemoRegistrationRow,
} from "./generate-demo-events";
export { loadDemoEventsIfEmpty, type DemoEventsCounts } from "./load-demo-events";
