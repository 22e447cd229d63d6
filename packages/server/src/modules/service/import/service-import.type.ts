import { Field, Int, ObjectType } from "type-graphql";
import { UserErrorType, type UserError } from "../../common/user-error.type";
import type { PlannedService } from "./service-import.service";

@ObjectType("ImportedService", { description: "A row of a services CSV and the service it makes" })
export class ImportedServiceType {
  @Field(() => Int, { description: "Line of the file, 1 being the header" })
  line!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  slug!: string;
}

@ObjectType("ServiceImportPayload", {
  description:
    'Result of a services CSV import or dry run; each problem has field ["csv", line, column] and then nothing is written',
})
export class ServiceImportPayload {
  @Field(() => Boolean, { description: "True when nothing was meant to be written" })
  dryRun!: boolean;

  @Field(() => [ImportedServiceType], {
    description: "The services the file makes (created as drafts unless dryRun); empty when userErrors",
  })
  services!: PlannedService[];

  @Field(() => [UserErrorType])
  userErrors!: UserError[];
}
