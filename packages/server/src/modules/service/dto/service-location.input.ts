import { Field, InputType, Int } from "type-graphql";
import { LocalDateScalar } from "../../common/local-date.scalar";
import { CoordinatesInput, PostalAddressInput } from "../../organization/dto/organization.input";

@InputType("OpeningHoursInput", { description: "One span of weekly hours" })
export class OpeningHoursInput {
  @Field(() => Int, { description: "ISO weekday, 1 = Monday … 7 = Sunday" })
  weekday!: number;

  @Field(() => String, { description: "HH:MM" })
  opens!: string;

  @Field(() => String, { description: "HH:MM, later than opens" })
  closes!: string;
}

@InputType("OpeningExceptionInput", { description: "A date closed or with other hours" })
export class OpeningExceptionInput {
  @Field(() => LocalDateScalar, { description: "The day the exception applies to" })
  date!: string;

  @Field(() => Boolean, { description: "Closed all day" })
  closed!: boolean;

  @Field(() => String, { nullable: true, description: "HH:MM; required unless closed" })
  opens?: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM; required unless closed" })
  closes?: string | null;

  @Field(() => String, { nullable: true, description: "Why, e.g. 'Wigilia'" })
  note?: string | null;
}

@InputType("ServiceLocationInput", { description: "A place where a service is delivered" })
export class ServiceLocationInput {
  @Field(() => String, { nullable: true, description: "E.g. 'Dzienny Dom Pomocy, parter'" })
  name?: string | null;

  @Field(() => PostalAddressInput, { description: "gminaCode: the gmina the location lies in" })
  address!: PostalAddressInput;

  @Field(() => CoordinatesInput, { nullable: true, description: "Must lie in the województwo of the gmina" })
  coordinates?: CoordinatesInput | null;

  @Field(() => [OpeningHoursInput], {
    nullable: true,
    description: "Weekly hours; a weekday may have several intervals",
  })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => [OpeningExceptionInput], { nullable: true, description: "Days with other hours or closed" })
  exceptions?: OpeningExceptionInput[] | null;
}
