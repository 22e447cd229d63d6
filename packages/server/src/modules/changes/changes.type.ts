import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../common/date-time.scalar";

export const CHANGED_RECORD_TYPES = [
  "Organization",
  "Service",
  "Certificate",
  "Document",
  "GoodPractice",
  "Event",
] as const;
export type ChangedRecordType = (typeof CHANGED_RECORD_TYPES)[number];
export const ChangedRecordTypeEnum = Object.fromEntries(CHANGED_RECORD_TYPES.map((type) => [type, type])) as {
  [T in ChangedRecordType]: T;
};
registerEnumType(ChangedRecordTypeEnum, {
  name: "ChangedRecordType",
  description: "The kinds of public record the change feed reports",
  valuesConfig: {
    Organization: { description: "An organization of the registry" },
    Service: { description: "A service of the catalogue" },
    Certificate: { description: "A certificate of an organization" },
    Document: { description: "A document of the library" },
    GoodPractice: { description: "A good practice" },
    Event: { description: "An event of the calendar" },
  },
});

export const CHANGE_KINDS = ["CREATED", "UPDATED", "DELETED"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
export const ChangeKindEnum = Object.fromEntries(CHANGE_KINDS.map((kind) => [kind, kind])) as {
  [K in ChangeKind]: K;
};
registerEnumType(ChangeKindEnum, {
  name: "ChangeKind",
  description: "What happened to a record, as a partner copying the public data sees it",
  valuesConfig: {
    CREATED: { description: "The record was created; fetch it by its ID" },
    UPDATED: { description: "The record changed or was published; fetch it again by its ID" },
    DELETED: { description: "The record is no longer public (archived or removed); drop your copy" },
  },
});

@ObjectType("RecordChange", {
  description: "One change to a public record, in the order the changes happened",
})
export class RecordChangeType {
  @Field(() => String, { description: "Pass as `since` to continue after this change" })
  cursor!: string;

  @Field(() => ChangedRecordTypeEnum, { description: "The kind of record that changed" })
  recordType!: ChangedRecordType;

  @Field(() => ID, { description: "The record's global ID, for `node(id)` or the record's own query" })
  recordId!: string;

  @Field(() => ChangeKindEnum, { description: "What to do with your copy of the record" })
  change!: ChangeKind;

  @Field(() => DateTimeScalar, { description: "When the change was written" })
  changedAt!: Date;
}

@ObjectType("RecordChangeFeed", { description: "A page of the change feed" })
export class RecordChangeFeedType {
  @Field(() => [RecordChangeType], { description: "The changes of this page, oldest first" })
  changes!: RecordChangeType[];

  @Field(() => String, {
    description: "Where the next call continues (`since`); the same cursor again when nothing new happened",
  })
  nextCursor!: string;

  @Field(() => Boolean, { description: "Whether more changes wait after this page" })
  hasMore!: boolean;
}
