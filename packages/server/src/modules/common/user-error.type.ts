import { Field, ObjectType } from "type-graphql";

/** A validation problem with the input of a mutation; nothing was written when any is returned. */
@ObjectType("UserError", {
  description: "A problem with the caller's input, to show next to the field it names",
})
export class UserErrorType {
  @Field(() => [String], { description: 'Path of the input field, e.g. ["input", "nip"]' })
  field!: string[];

  @Field(() => String, { description: "What is wrong and how to fix it, for people" })
  message!: string;
}

export interface UserError {
  field: string[];
  message: string;
}
