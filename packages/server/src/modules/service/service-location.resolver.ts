import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { RequestContext } from "../../app/context";
import { CoordinatesType, PostalAddressType } from "../organization/organization.type";
import { TerritorialUnitType } from "../territory/territorial-unit.type";
import type { ServiceLocation } from "./service-location.entity";
import { OpeningExceptionType, OpeningHoursType, ServiceLocationType } from "./service-location.type";
import { shortTime } from "./service-time";

@Resolver(() => ServiceLocationType)
export class ServiceLocationResolver {
  @FieldResolver(() => PostalAddressType, { description: "Postal address of the place" })
  address(@Root() location: ServiceLocation): PostalAddressType {
    const { streetAddress, postalCode, city, gminaCode } = location;
    return { streetAddress, postalCode, city, gminaCode };
  }

  @FieldResolver(() => TerritorialUnitType, { nullable: true, description: "The gmina the place lies in" })
  gmina(@Root() location: ServiceLocation, @Ctx() { territory }: RequestContext) {
    return territory.findByCode(location.gminaCode);
  }

  @FieldResolver(() => CoordinatesType, {
    nullable: true,
    description: "Where the place is on the map; null when not known",
  })
  coordinates(@Root() { latitude, longitude }: ServiceLocation): CoordinatesType | null {
    return latitude == null || longitude == null ? null : { latitude, longitude };
  }

  @FieldResolver(() => [OpeningHoursType], { description: "Weekly hours, Monday first" })
  async openingHours(
    @Root() location: ServiceLocation,
    @Ctx() { loaders }: RequestContext,
  ): Promise<OpeningHoursType[]> {
    const hours = await loaders.service.hoursByLocation.load(location.id);
    return hours.map((span) => ({
      weekday: span.weekday,
      opens: shortTime(span.opens),
      closes: shortTime(span.closes),
    }));
  }

  @FieldResolver(() => [OpeningExceptionType], { description: "Dates with other hours, earliest first" })
  async exceptions(
    @Root() location: ServiceLocation,
    @Ctx() { loaders }: RequestContext,
  ): Promise<OpeningExceptionType[]> {
    const exceptions = await loaders.service.exceptionsByLocation.load(location.id);
    return exceptions.map((exception) => ({
      date: exception.date,
      closed: exception.closed,
      opens: exception.opens == null ? null : shortTime(exception.opens),
      closes: exception.closes == null ? null : shortTime(exception.closes),
      note: exception.note,
    }));
  }
}
