import { Field, Int, ObjectType } from "type-graphql";
import { LocalDateScalar } from "../common/local-date.scalar";

@ObjectType("ServiceLocation", { description: "Where a service is delivered" })
export class ServiceLocationType {
  @Field(() => String, { description: "Name of the place, e.g. 'Dzienny Dom Pomocy, parter'; may be empty" })
  name!: string;
}

@ObjectType("OpeningHours", { description: "Weekly hours; a location may have several spans a day" })
export class OpeningHoursType {
  @Field(() => Int, { description: "ISO weekday, 1 = Monday … 7 = Sunday" })
  weekday!: number;

  @Field(() => String, { description: "HH:MM" })
  opens!: string;

  @Field(() => String, { description: "HH:MM" })
  closes!: string;
}

@ObjectType("OpeningException", { description: "A date with other hours; it replaces the weekly hours" })
export class OpeningExceptionType {
  @Field(() => LocalDateScalar, { description: "The day the exception applies to" })
  date!: string;

  @Field(() => Boolean, { description: "Closed all day" })
  closed!: boolean;

  @Field(() => String, { nullable: true, description: "HH:MM" })
  opens!: string | null;

  @Field(() => String, { nullable: true, description: "HH:MM" })
  closes!: string | null;

  @Field(() => String, { description: "Why, e.g. 'Wigilia'; may be empty" })
  note!: string;
}
