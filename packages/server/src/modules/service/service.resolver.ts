import type { ServiceArea } from "@obserwatorium/schema";
import { SERVICE_TYPE_AREA } from "@obserwatorium/schema";
import { Arg, Args, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { InvalidInputError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import { OrganizationType } from "../organization/organization.type";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import { ServicesArgs } from "./dto/services.args";
import { ServiceCategoryType, TargetGroupInfo } from "./service-category.type";
import { ServiceLocationType } from "./service-location.type";
import type { Service } from "./service.entity";
import { ServiceAreaEnum } from "./service.enums";
import {
  CostOptionType,
  EligibilityType,
  HowToApplyType,
  ServiceConnection,
  ServiceObjectType,
} from "./service.type";

@Resolver(() => ServiceObjectType)
export class ServiceResolver {
  @Query(() => ServiceConnection, { description: "The Koszyk usług: filter and page through services" })
  services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() { services }: RequestContext) {
    return services.list(args);
  }

  @Query(() => ServiceObjectType, { nullable: true, description: "One service by its global ID or slug" })
  service(
    @Ctx() { services }: RequestContext,
    @Arg("id", () => ID, { nullable: true, description: "Global ID; give this or slug" }) id?: string | null,
    @Arg("slug", () => String, { nullable: true, description: "The slug from its URL; give this or id" })
    slug?: string | null,
  ) {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1)
      throw new InvalidInputError("id", "give exactly one of id and slug");
    return id ? services.findById(id) : services.findBySlug(slug!);
  }

  @Query(() => [ServiceCategoryType], {
    description: "The 14 statutory areas in statutory order, with their service types and counts",
  })
  serviceCategories(@Ctx() { services }: RequestContext) {
    return services.categories();
  }

  @Query(() => [TargetGroupInfo], { description: "Who services are for, with visible service counts" })
  targetGroups(@Ctx() { services }: RequestContext) {
    return services.targetGroups();
  }

  @FieldResolver(() => ID, { description: "Global ID, stable and opaque; works with node(id)" })
  id(@Root() service: Service) {
    return toGlobalId("Service", service.id);
  }

  @FieldResolver(() => ServiceAreaEnum, { description: "The statutory area of the service type" })
  category(@Root() service: Service): ServiceArea {
    return SERVICE_TYPE_AREA[service.serviceType];
  }

  @FieldResolver(() => CostOptionType, { description: "What it costs the resident" })
  cost(@Root() service: Service): CostOptionType {
    return {
      kind: service.costKind,
      amount: service.costAmount == null ? null : Number(service.costAmount),
      unit: service.costUnit ?? null,
      explanation: service.costExplanation,
    };
  }

  @FieldResolver(() => EligibilityType, { description: "Who may use it" })
  eligibility(@Root() service: Service): EligibilityType {
    return {
      text: service.eligibilityText,
      minAge: service.minAge ?? null,
      maxAge: service.maxAge ?? null,
      disabilityCertificateRequired: service.disabilityCertificateRequired,
      incomeCriterion: service.incomeCriterion,
      residenceRequired: service.residenceRequired,
    };
  }

  @FieldResolver(() => HowToApplyType, { description: "How to apply for it" })
  howToApply(@Root() service: Service): HowToApplyType {
    return { text: service.howToApply, requiredDocuments: service.requiredDocuments };
  }

  @FieldResolver(() => OrganizationType, { nullable: true, description: "Null when not visible" })
  provider(@Root() service: Service, @Ctx() { services }: RequestContext) {
    return services.provider(service);
  }

  @FieldResolver(() => [TerritorialUnitType], { description: "TERYT units the service covers" })
  async areasServed(@Root() service: Service, @Ctx() { territory, loaders }: RequestContext) {
    return territory.findManyByCodes(await loaders.service.areaCodesByService.load(service.id));
  }

  @FieldResolver(() => [ServiceLocationType], { description: "Where it is delivered, in the order given" })
  locations(@Root() service: Service, @Ctx() { loaders }: RequestContext) {
    return loaders.service.locationsByService.load(service.id);
  }

  @FieldResolver(() => Boolean, { description: "Not verified for 12 months; still findable" })
  isStale(@Root() service: Service, @Ctx() { services }: RequestContext) {
    return services.isStale(service);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: "Kilometres to the nearest location with coordinates; null when none has them",
  })
  distanceKm(
    @Root() service: Service,
    @Arg("latitude", () => Float, { description: "Degrees north of the point to measure from" })
    latitude: number,
    @Arg("longitude", () => Float, { description: "Degrees east of the point to measure from" })
    longitude: number,
    @Ctx() { services }: RequestContext,
  ) {
    return services.distanceKm(service, latitude, longitude);
  }
}
