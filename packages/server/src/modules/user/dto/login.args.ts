import { ArgsType, Field } from "type-graphql";

@ArgsType()
export class LoginArgs {
  @Field(() => String, { description: "The account's sign-in address" })
  email!: string;

  @Field(() => String, { description: "The account's password" })
  password!: string;
}
