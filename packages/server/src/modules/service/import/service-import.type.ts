import { Field, Int, ObjectType } from "type-graphql";
import { ImportAction } from "../../common/csv-import/import-action";
import { FieldChangeType } from "../../common/field-change.type";
import type { FieldChange } from "../../common/field-diff";
import { UserErrorType, type UserError } from "../../common/user-error.type";
import type { Service } from "../service.entity";
import { ServiceObjectType } from "../service.type";
import type { PlannedService } from "./service-import-plan";
import type { ServiceImportResult } from "./service-import.service";

@ObjectType("ImportedService", { description: "A line of a services CSV and what it does" })
export class ImportedServiceType {
  @Field(() => Int, { description: "Line of the file, 1 being the header" })
  line!: number;

  @Field(() => ImportAction, {
    description: "CREATED, or UPDATED/UNCHANGED when provider, title and location name a stored service",
  })
  action!: ImportAction;

  @Field(() => String, { description: "The service's title from the line" })
  title!: string;

  @Field(() => String, { description: "The slug of the record created or updated" })
  slug!: string;

  @Field(() => ServiceObjectType, {
    nullable: true,
    description: "The matched service, or the new one after an import; null for a new one in a dry run",
  })
  service!: Service | null;

  @Field(() => [FieldChangeType], { description: "The fields an update changes; empty for a new service" })
  changes!: FieldChange[];
}

@ObjectType("ServiceImportPayload", {
  description:
    'Result of a services CSV import or dry run; each problem has field ["csv", line, column] and then nothing is written',
})
export class ServiceImportPayload {
  @Field(() => Boolean, { description: "True when nothing was meant to be written" })
  dryRun!: boolean;

  @Field(() => [ImportedServiceType], {
    description: "Every line of the file and what it does (or would do); empty when userErrors",
  })
  services!: PlannedService[];

  @Field(() => Int, { description: "Lines that create a new service" })
  createdCount!: number;

  @Field(() => Int, { description: "Lines that change a stored service" })
  updatedCount!: number;

  @Field(() => Int, { description: "Lines whose service already holds the file's values" })
  unchangedCount!: number;

  @Field(() => [UserErrorType], {
    description: "Every problem of the file, by line and column; nothing is written when there is one",
  })
  userErrors!: UserError[];
}

export function serviceImportPayload(result: ServiceImportResult): ServiceImportPayload {
  const count = (action: ImportAction) => result.services.filter((line) => line.action === action).length;
  return {
    ...result,
    createdCount: count("CREATED"),
    updatedCount: count("UPDATED"),
    unchangedCount: count("UNCHANGED"),
  };
}
