import type { ReservedContractKind, SocialEnterpriseStatusValue } from "@obserwatorium/schema";
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { CertificateObjectType } from "../certificate/certificate.type";
import { InvalidInputError } from "../common/errors";
import { toGlobalId } from "../common/global-id";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import { OrganizationsArgs } from "./dto/organizations.args";
import { OfferingType } from "./offering.type";
import type { Organization } from "./organization.entity";
import { ReservedContractKindEnum, SocialEnterpriseStatusEnum } from "./organization.enums";
import {
  ContactType,
  CoordinatesType,
  OrganizationConnection,
  OrganizationType,
  PostalAddressType,
} from "./organization.type";
import { SocialEnterpriseDecisionType } from "./social-enterprise-decision.type";

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, {
    description: "The registry: search, filter and page through organizations",
  })
  organizations(
    @Args(() => OrganizationsArgs) args: OrganizationsArgs,
    @Ctx() { organizations }: RequestContext,
  ) {
    return organizations.list(args);
  }

  @Query(() => OrganizationType, {
    nullable: true,
    description: "One organization by its global ID or its slug",
  })
  organization(
    @Ctx() { organizations }: RequestContext,
    @Arg("id", () => ID, { nullable: true, description: "Global ID; give this or slug" }) id?: string | null,
    @Arg("slug", () => String, { nullable: true, description: "The slug from its URL; give this or id" })
    slug?: string | null,
  ) {
    if ((id ? 1 : 0) + (slug ? 1 : 0) !== 1)
      throw new InvalidInputError("id", "give exactly one of id and slug");
    return id ? organizations.findById(id) : organizations.findBySlug(slug!);
  }

  @FieldResolver(() => ID, { description: "Global ID, stable and opaque; works with node(id)" })
  id(@Root() organization: Organization) {
    return toGlobalId("Organization", organization.id);
  }

  @FieldResolver(() => PostalAddressType, { description: "The seat's postal address" })
  address(@Root() organization: Organization): PostalAddressType {
    const { streetAddress, postalCode, city, seatGminaCode } = organization;
    return { streetAddress, postalCode, city, gminaCode: seatGminaCode };
  }

  @FieldResolver(() => TerritorialUnitType, { description: "The gmina of the seat" })
  seatGmina(@Root() organization: Organization, @Ctx() { territory }: RequestContext) {
    return territory.findByCode(organization.seatGminaCode);
  }

  @FieldResolver(() => CoordinatesType, {
    nullable: true,
    description: "Where the seat is on the map; null when not known",
  })
  coordinates(@Root() { latitude, longitude }: Organization): CoordinatesType | null {
    return latitude == null || longitude == null ? null : { latitude, longitude };
  }

  @FieldResolver(() => ContactType, { description: "E-mail, phone and website" })
  contact(@Root() { email, phone, website }: Organization): ContactType {
    return { email: email ?? null, phone: phone ?? null, website: website ?? null };
  }

  @FieldResolver(() => [TerritorialUnitType], { description: "TERYT units the organization serves" })
  async areasServed(@Root() organization: Organization, @Ctx() { territory, loaders }: RequestContext) {
    return territory.findManyByCodes(
      await loaders.organization.areaCodesByOrganization.load(organization.id),
    );
  }

  @FieldResolver(() => [OfferingType], { description: "Products and services it sells, in the order given" })
  offerings(@Root() organization: Organization, @Ctx() { loaders }: RequestContext) {
    return loaders.organization.offeringsByOrganization.load(organization.id);
  }

  @FieldResolver(() => SocialEnterpriseStatusEnum, { description: "Current PS status, computed today" })
  socialEnterpriseStatus(
    @Root() organization: Organization,
    @Ctx() { organizations }: RequestContext,
  ): Promise<SocialEnterpriseStatusValue> {
    return organizations.socialEnterpriseStatus(organization);
  }

  @FieldResolver(() => [ReservedContractKindEnum], {
    description:
      "The kinds of reserved contract the organization may bid for, judged by its legal form, PES type and offerings' CPV codes; see OrganizationFilter.canBidForReservedContract for what the hub does not verify",
  })
  reservedContractKinds(
    @Root() organization: Organization,
    @Ctx() { organizations }: RequestContext,
  ): Promise<ReservedContractKind[]> {
    return organizations.reservedContractKinds(organization);
  }

  @FieldResolver(() => [SocialEnterpriseDecisionType], { description: "PS decisions, oldest first" })
  socialEnterpriseDecisions(@Root() organization: Organization, @Ctx() { loaders }: RequestContext) {
    return loaders.organization.decisionsByOrganization.load(organization.id);
  }

  @FieldResolver(() => [CertificateObjectType], { description: "Its certificates, the longest valid first" })
  certificates(
    @Root() organization: Organization,
    @Ctx() { organizations }: RequestContext,
    @Arg("activeOnly", () => Boolean, { defaultValue: false, description: "Only certificates active today" })
    activeOnly: boolean,
  ) {
    return organizations.certificates(organization, activeOnly);
  }
}
