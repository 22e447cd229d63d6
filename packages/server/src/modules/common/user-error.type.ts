import { Field, ObjectType } from "type-graphql";

/** A validation problem with the input of a mutation; nothing was written when any is returned. */
@ObjectType("UserError")
export class UserErrorType {
  @Field(() => [String], { description: 'Path of the input field, e.g. ["input", "nip"]' })
  field!: string[];

  @Field(() => String)
  message!: string;
}

export interface UserError {
  field: string[];
  message: string;
}
