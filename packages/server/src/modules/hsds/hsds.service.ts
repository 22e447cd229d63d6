import type { EntityManager } from "@mikro-orm/postgresql";
import type { Clock } from "../common/clock";
import type { TextRanking } from "../common/text-ranking";
import type { Organization } from "../organization/organization.entity";
import type { OrganizationLoaders } from "../organization/organization.loaders";
import { OrganizationRepository } from "../organization/organization.repository";
import type { Service } from "../service/service.entity";
import type { ServiceLoaders } from "../service/service.loaders";
import { serviceVisibility, type ServiceCriteria } from "../service/service.query";
import { ServiceRepository } from "../service/service.repository";
import type { TerritoryLoaders } from "../territory/territory.loaders";
import type { TerritorialUnit } from "../territory/territorial-unit.entity";
import { hsdsOrganization } from "./hsds-organization.mapper";
import { hsdsPage, offsetOf, type HsdsPage } from "./hsds-page";
import type { PageParams, ServiceListParams } from "./hsds-params";
import { hsdsService, hsdsServiceSummary, type HsdsLinks } from "./hsds-service.mapper";
import { serviceTypesOfTerm } from "./hsds-taxonomy";

export interface HsdsLoaders {
  service: ServiceLoaders;
  organization: OrganizationLoaders;
  territory: TerritoryLoaders;
}

const present = <T>(values: (T | null | Error)[]): T[] =>
  values.filter((value): value is T => value !== null && !(value instanceof Error));

/**
 * The HSDS read side for anonymous harvesters: published services of published (or no) providers
 * and published organizations only, whatever the caller. Every page costs a fixed number of
 * statements: ids and count, then one batched query per relation.
 */
export class HsdsService {
  private readonly services: ServiceRepository;
  private readonly organizations: OrganizationRepository;

  constructor(
    em: EntityManager,
    private readonly loaders: HsdsLoaders,
    private readonly search: TextRanking,
    private readonly clock: Clock,
    private readonly siteUrl: string,
  ) {
    this.services = new ServiceRepository(em);
    this.organizations = new OrganizationRepository(em);
  }

  private links(): HsdsLinks {
    return { siteUrl: this.siteUrl, today: this.clock.today() };
  }

  async serviceList(params: ServiceListParams): Promise<HsdsPage<ReturnType<typeof hsdsServiceSummary>>> {
    const criteria: ServiceCriteria = { ...serviceVisibility(null), modifiedAfter: params.modifiedAfter };
    if (params.term) criteria.areaServiceTypes = serviceTypesOfTerm(params.term);
    if (params.search) {
      criteria.ids = await this.search.rankedIds(params.search, true);
      criteria.relevance = true;
      if (criteria.ids.length === 0) return hsdsPage([], 0, params);
    }
    const page = await this.services.findPage(criteria, params.perPage, offsetOf(params));
    const services = present(await this.loaders.service.serviceById.loadMany(page.ids));
    const providers = await this.providersOf(services);
    const links = this.links();
    const contents = services.map((service) =>
      hsdsServiceSummary(service, providers.get(service.providerOrganizationId ?? "") ?? null, links),
    );
    return hsdsPage(contents, page.totalCount, params);
  }

  async serviceById(id: string): Promise<ReturnType<typeof hsdsService> | null> {
    const page = await this.services.findPage({ ...serviceVisibility(null), ids: [id] }, 1, 0);
    const service = page.ids[0] ? await this.loaders.service.serviceById.load(page.ids[0]) : null;
    if (!service) return null;
    const { service: serviceLoaders, organization, territory } = this.loaders;
    const [provider, locations, areaCodes] = await Promise.all([
      service.providerOrganizationId
        ? organization.organizationById.load(service.providerOrganizationId)
        : null,
      serviceLoaders.locationsByService.load(service.id),
      serviceLoaders.areaCodesByService.load(service.id),
    ]);
    const codes = new Set([...areaCodes, ...locations.map((location) => location.gminaCode.slice(0, 2))]);
    const [hours, units] = await Promise.all([
      serviceLoaders.hoursByLocation.loadMany(locations.map((location) => location.id)),
      territory.unitByCode.loadMany([...codes]),
    ]);
    return hsdsService(
      {
        service,
        provider,
        locations: locations.map((location, index) => {
          const entry = hours[index];
          return { location, hours: Array.isArray(entry) ? entry : [] };
        }),
        areaCodes,
        units: new Map(present<TerritorialUnit>(units).map((unit) => [unit.code, unit])),
      },
      this.links(),
    );
  }

  async organizationList(params: PageParams): Promise<HsdsPage<ReturnType<typeof hsdsOrganization>>> {
    const page = await this.organizations.findPage(
      { today: this.clock.today(), publicationStates: ["PUBLISHED"] },
      "NAME",
      params.perPage,
      offsetOf(params),
    );
    const organizations = present(await this.loaders.organization.organizationById.loadMany(page.ids));
    const links = this.links();
    return hsdsPage(
      organizations.map((entry) => hsdsOrganization(entry, links)),
      page.totalCount,
      params,
    );
  }

  async organizationById(id: string): Promise<ReturnType<typeof hsdsOrganization> | null> {
    const page = await this.organizations.findPage(
      { today: this.clock.today(), publicationStates: ["PUBLISHED"], ids: [id] },
      "NAME",
      1,
      0,
    );
    const organization = page.ids[0]
      ? await this.loaders.organization.organizationById.load(page.ids[0])
      : null;
    return organization ? hsdsOrganization(organization, this.links()) : null;
  }

  private async providersOf(services: Service[]): Promise<Map<string, Organization>> {
    const ids = [...new Set(services.map((service) => service.providerOrganizationId).filter(Boolean))];
    const providers = present(await this.loaders.organization.organizationById.loadMany(ids as string[]));
    return new Map(providers.map((provider) => [provider.id, provider]));
  }
}
