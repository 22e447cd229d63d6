import { Field, ObjectType } from "type-graphql";

@ObjectType("FieldChange", { description: "One field whose value differs between two versions of a record" })
export class FieldChangeType {
  @Field(() => String, { description: "Field name as in the API input or the stored record, e.g. title" })
  field!: string;

  @Field(() => String, { description: "The field's name in Polish, e.g. Tytuł" })
  label!: string;

  @Field(() => String, { nullable: true, description: "Value before: text, or JSON for lists and objects" })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "Value after: text, or JSON for lists and objects" })
  after!: string | null;
}
