import { Field, InputType } from "type-graphql";
import { DateTimeScalar } from "../../common/date-time.scalar";
import type { ApiKeyScope } from "../api-key.entity";
import { ApiKeyScopeEnum } from "../api-key.type";

@InputType("CreateApiKeyInput", { description: "A partner's key: who it is for and what it may do" })
export class CreateApiKeyInput {
  @Field(() => String, { description: "A short name to recognise the key by, at most 120 characters" })
  name!: string;

  @Field(() => String, {
    description: "The partner organisation and what the key is for, at most 500 characters",
  })
  partner!: string;

  @Field(() => [ApiKeyScopeEnum], { description: "What the key may do; at least one scope" })
  scopes!: ApiKeyScope[];

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the key stops working; never when omitted",
  })
  expiresAt?: Date | null;
}
