import type { RegistrationStatus } from "@obserwatorium/schema";
import { ArgsType, Field, ID } from "type-graphql";
import { PageArgs } from "../../common/page.args";
import { RegistrationStatusEnum } from "../event.enums";

@ArgsType()
export class RegistrationsArgs extends PageArgs {
  @Field(() => ID, { description: "Global ID of the event" })
  eventId!: string;

  @Field(() => RegistrationStatusEnum, { nullable: true, description: "Only this status; all when empty" })
  status?: RegistrationStatus | null;
}
