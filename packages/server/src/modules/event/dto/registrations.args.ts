import type { RegistrationStatus } from "@obserwatorium/schema";
import { ArgsType, Field, ID, Int } from "type-graphql";
import { RegistrationStatusEnum } from "../event.enums";

@ArgsType()
export class RegistrationsArgs {
  @Field(() => ID, { description: "Global ID of the event" })
  eventId!: string;

  @Field(() => RegistrationStatusEnum, { nullable: true, description: "Only this status; all when empty" })
  status?: RegistrationStatus | null;

  @Field(() => Int, { defaultValue: 50, description: "Page size, 1 to 500" })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
