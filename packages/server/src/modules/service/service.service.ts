import {
  isTerytCode,
  SERVICE_TYPE_AREA,
  SERVICE_TYPES,
  TARGET_GROUP_LABELS_PL,
  TARGET_GROUPS,
  validateCoordinates,
} from "@obserwatorium/schema";
import DataLoader from "dataloader";
import type { Clock } from "../common/clock";
import { InvalidInputError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import { canSeeUnpublished, type Viewer } from "../common/viewer";
import type { Organization } from "../organization/organization.entity";
import type { OrganizationService } from "../organization/organization.service";
import type { ServiceFilterInput } from "./dto/service-filter.input";
import type { ServicesArgs } from "./dto/services.args";
import { haversineKm } from "../territory/voivodeship-boundaries";
import { categoryTree } from "./service-category-tree";
import type { ServiceCategoryType, TargetGroupInfo } from "./service-category.type";
import type { ServiceOrder } from "./service.enums";
import { isStaleOn, warsawMoment } from "./service-time";
import type { Service } from "./service.entity";
import type { ServiceLoaders } from "./service.loaders";
import { serviceVisibility, type OpenAt, type ServiceCriteria } from "./service.query";
import type { ServiceRepository } from "./service.repository";
import type { TextRanking } from "../common/text-ranking";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LANGUAGE = /^[a-z]{2,3}$/;
const MAX_LANGUAGES = 20;
const MAX_TEXT_LENGTH = 200;
const MAX_RADIUS_KM = 300;

function problemWithPoint(latitude: number, longitude: number, field: string): void {
  const message = validateCoordinates(latitude, longitude);
  if (message) throw new InvalidInputError(field, message);
}

/** Read side of the Koszyk usług; PostgreSQL applies visibility to every list and lookup. */
export class ServiceQueryService {
  constructor(
    private readonly repository: ServiceRepository,
    private readonly loaders: ServiceLoaders,
    private readonly organizations: OrganizationService,
    private readonly clock: Clock,
    private readonly viewer: Viewer,
    private readonly search: TextRanking,
  ) {}

  /** Editors also find archived services by id, to see and restore them in the panel. */
  async findById(globalId: string, field = "id"): Promise<Service | null> {
    return this.findOne({
      ids: [uuidFromGlobalId(globalId, "Service", field)],
      ...(canSeeUnpublished(this.viewer) && { publicationStates: ["DRAFT", "PUBLISHED", "ARCHIVED"] }),
    });
  }

  /**
   * What lists show (drafts for staff, never archived), with every lookup of one tick answered by
   * one visibility query: Federation's `_entities` asks for many services at once.
   */
  async findVisibleById(globalId: string, field = "id"): Promise<Service | null> {
    return this.visibleById.load(uuidFromGlobalId(globalId, "Service", field));
  }

  private readonly visibleById = new DataLoader<string, Service | null>(async (ids) => {
    const page = await this.repository.findPage({ ...this.visibility(), ids }, ids.length, 0);
    const visible = new Set(page.ids);
    return Promise.all(ids.map((id) => (visible.has(id) ? this.loaders.serviceById.load(id) : null)));
  });

  async findBySlug(slug: string): Promise<Service | null> {
    return this.findOne({ slug });
  }

  async list(args: ServicesArgs): Promise<Connection<Service>> {
    assertPageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor of this list");
    const criteria = this.criteria(args.filter ?? null);
    const text = args.filter?.text?.trim();
    const order = this.order(args.orderBy ?? null, Boolean(text), Boolean(criteria.near));
    criteria.byDistance = order === "DISTANCE";
    if (text) {
      const locatedIn = criteria.areaCode
        ? { attribute: "locationAreaCodes", anyOf: [criteria.areaCode] }
        : undefined;
      criteria.ids = await this.search.rankedIds(text, !canSeeUnpublished(this.viewer), locatedIn);
      criteria.relevance = order === "RELEVANCE";
      if (criteria.ids.length === 0) {
        return buildConnection([], () => "", {
          hasNextPage: false,
          hasPreviousPage: offset > 0,
          totalCount: 0,
        });
      }
    }
    const page = await this.repository.findPage(criteria, args.first, offset);
    const services = (await this.loaders.serviceById.loadMany(page.ids)).filter(
      (service): service is Service => service !== null && !(service instanceof Error),
    );
    return buildConnection(
      services,
      (service) => encodeCursor("offset", offset + services.indexOf(service) + 1),
      {
        hasNextPage: offset + page.ids.length < page.totalCount,
        hasPreviousPage: offset > 0,
        totalCount: page.totalCount,
      },
    );
  }

  /** Distance to the nearest location with coordinates, or null when none has them. */
  async distanceKm(service: Service, latitude: number, longitude: number): Promise<number | null> {
    problemWithPoint(latitude, longitude, "latitude");
    const locations = await this.loaders.locationsByService.load(service.id);
    const distances = locations
      .filter((location) => location.latitude != null && location.longitude != null)
      .map((location) => haversineKm(latitude, longitude, location.latitude!, location.longitude!));
    return distances.length ? Math.round(Math.min(...distances) * 100) / 100 : null;
  }

  /** The target groups in their fixed order, with visible service counts. */
  async targetGroups(): Promise<TargetGroupInfo[]> {
    const counts = await this.repository.countByTargetGroup(this.visibility());
    return TARGET_GROUPS.map((code) => ({
      code,
      name: TARGET_GROUP_LABELS_PL[code],
      serviceCount: counts.get(code) ?? 0,
    }));
  }

  /** The 14 statutory areas in statutory order, each with its types and visible service counts. */
  async categories(): Promise<ServiceCategoryType[]> {
    return categoryTree(await this.repository.countByType(this.visibility()));
  }

  provider(service: Service): Promise<Organization | null> {
    return service.providerOrganizationId
      ? this.organizations.findByUuid(service.providerOrganizationId)
      : Promise.resolve(null);
  }

  isStale(service: Service): boolean {
    return isStaleOn(service.lastVerifiedAt, this.clock.today());
  }

  private async findOne(criteria: Partial<ServiceCriteria>): Promise<Service | null> {
    const page = await this.repository.findPage({ ...this.visibility(), ...criteria }, 1, 0);
    return page.ids[0] ? this.loaders.serviceById.load(page.ids[0]) : null;
  }

  private visibility(): ServiceCriteria {
    return serviceVisibility(this.viewer);
  }

  private order(requested: ServiceOrder | null, hasText: boolean, hasNear: boolean): ServiceOrder {
    if (requested === "RELEVANCE" && !hasText)
      throw new InvalidInputError("orderBy", "RELEVANCE needs filter.text");
    if (requested === "DISTANCE" && !hasNear)
      throw new InvalidInputError("orderBy", "DISTANCE needs filter.near");
    return requested ?? (hasText ? "RELEVANCE" : hasNear ? "DISTANCE" : "TITLE");
  }

  private criteria(filter: ServiceFilterInput | null): ServiceCriteria {
    const text = filter?.text?.trim();
    if (text && text.length > MAX_TEXT_LENGTH) {
      throw new InvalidInputError("filter.text", `must be at most ${MAX_TEXT_LENGTH} characters`);
    }
    const areaCode = filter?.areaCode?.trim();
    if (areaCode && !isTerytCode(areaCode)) {
      throw new InvalidInputError("filter.areaCode", "must be a TERYT code of 2, 4 or 7 digits");
    }
    const languages = filter?.languages?.map((language) => language.trim().toLowerCase());
    if (languages && (languages.length > MAX_LANGUAGES || !languages.every((code) => LANGUAGE.test(code)))) {
      throw new InvalidInputError("filter.languages", "must be ISO 639 codes of 2 or 3 letters, or 'pjm'");
    }
    const openAt: OpenAt[] = [];
    if (filter?.openOn) {
      const { weekday, time } = filter.openOn;
      if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
        throw new InvalidInputError("filter.openOn.weekday", "must be an ISO weekday from 1 (Monday) to 7");
      }
      if (!TIME.test(time)) throw new InvalidInputError("filter.openOn.time", "must be a time HH:MM");
      openAt.push({ weekday, time });
    }
    if (filter?.openNow) openAt.push(warsawMoment(this.clock.now()));
    if (filter?.near) {
      const { latitude, longitude, radiusKm } = filter.near;
      problemWithPoint(latitude, longitude, "filter.near.latitude");
      if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
        throw new InvalidInputError(
          "filter.near.radiusKm",
          `must be more than 0 and at most ${MAX_RADIUS_KM}`,
        );
      }
    }
    const areas = filter?.serviceAreas;
    const visibility = this.visibility();
    if (canSeeUnpublished(this.viewer) && filter?.publicationStates?.length)
      visibility.publicationStates = filter.publicationStates;
    return {
      ...visibility,
      serviceTypes: filter?.serviceTypes ?? undefined,
      areaServiceTypes: areas?.length
        ? SERVICE_TYPES.filter((type) => areas.includes(SERVICE_TYPE_AREA[type]))
        : undefined,
      targetGroups: filter?.targetGroups ?? undefined,
      areaCode: areaCode || undefined,
      freeOnly: filter?.freeOnly ?? undefined,
      deliveryModes: filter?.deliveryModes ?? undefined,
      accessibilityFeatures: filter?.accessibilityFeatures ?? undefined,
      languages,
      providerId: filter?.providerId
        ? uuidFromGlobalId(filter.providerId, "Organization", "filter.providerId")
        : undefined,
      openAt,
      near: filter?.near ?? undefined,
    };
  }
}
