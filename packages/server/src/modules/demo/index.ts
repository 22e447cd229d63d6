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
