import { Field, Int, ObjectType } from "type-graphql";
import { ImportAction } from "../../common/csv-import/import-action";
import { FieldChangeType } from "../../common/field-change.type";
import type { FieldChange } from "../../common/field-diff";
import { UserErrorType, type UserError } from "../../common/user-error.type";
import type { Organization } from "../organization.entity";
import { OrganizationType } from "../organization.type";
import type { PlannedOrganization } from "./organization-import-plan";

@ObjectType("ImportedOrganization", { description: "A line of an organizations CSV and what it does" })
export class ImportedOrganizationType {
  @Field(() => Int, { description: "Line of the file, 1 being the header" })
  line!: number;

  @Field(() => ImportAction, { description: "What the line did: created, updated or unchanged" })
  action!: ImportAction;

  @Field(() => String, { description: "The organization's name from the line" })
  name!: string;

  @Field(() => String, { description: "The slug of the record created or updated" })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: "NIP, REGON or KRS: the identifier that matched a stored organization; null for a new one",
  })
  matchedBy!: string | null;

  @Field(() => OrganizationType, {
    nullable: true,
    description: "The matched organization, or the new one after an import; null for a new one in a dry run",
  })
  organization!: Organization | null;

  @Field(() => [FieldChangeType], { description: "The fields an update changes; empty for a new record" })
  changes!: FieldChange[];
}

@ObjectType("OrganizationImportPayload", {
  description:
    'Result of an organizations CSV import or dry run; each problem has field ["csv", line, column] and then nothing is written',
})
export class OrganizationImportPayload {
  @Field(() => Boolean, { description: "True when nothing was meant to be written" })
  dryRun!: boolean;

  @Field(() => [ImportedOrganizationType], {
    description: "Every line of the file and what it does (or would do); empty when userErrors",
  })
  organizations!: PlannedOrganization[];

  @Field(() => Int, { description: "Lines that create a new organization" })
  createdCount!: number;

  @Field(() => Int, { description: "Lines that change a stored organization" })
  updatedCount!: number;

  @Field(() => Int, { description: "Lines whose organization already holds the file's values" })
  unchangedCount!: number;

  @Field(() => [UserErrorType], {
    description: "Every problem of the file, by line and column; nothing is written when there is one",
  })
  userErrors!: UserError[];
}

/** The payload with its counts. */
export function organizationImportPayload(result: {
  dryRun: boolean;
  organizations: PlannedOrganization[];
  userErrors: UserError[];
}): OrganizationImportPayload {
  const count = (action: ImportAction) =>
    result.organizations.filter((line) => line.action === action).length;
  return {
    ...result,
    createdCount: count("CREATED"),
    updatedCount: count("UPDATED"),
    unchangedCount: count("UNCHANGED"),
  };
}
