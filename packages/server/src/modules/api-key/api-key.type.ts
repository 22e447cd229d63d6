import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { connectionType } from "../common/connection.type";
import { DateTimeScalar } from "../common/date-time.scalar";
import { enumObject } from "../common/enum-object";
import { UserErrorType, type UserError } from "../common/user-error.type";
import { API_KEY_SCOPES, type ApiKey, type ApiKeyScope } from "./api-key.entity";

export const ApiKeyScopeEnum = enumObject(API_KEY_SCOPES);

const scopeDescriptions: Record<ApiKeyScope, string> = {
  READ_PUBLIC: "Reads published data, as anonymous callers do, with the key's own rate-limit budget",
  READ_DRAFTS: "Also reads unpublished records, as staff do",
  WRITE: "Runs the mutations an editor may run, in the name of the key's creator (audited with the key)",
};

registerEnumType(ApiKeyScopeEnum, {
  name: "ApiKeyScope",
  description: "What a partner's API key may do; a key never exceeds its creator's role",
  valuesConfig: Object.fromEntries(
    API_KEY_SCOPES.map((scope) => [scope, { description: scopeDescriptions[scope] }]),
  ),
});

@ObjectType("ApiKey", {
  description:
    "A partner's key to the API (sent as X-API-Key or Authorization: Bearer); only its hash is kept",
})
export class ApiKeyType {
  @Field(() => ID, { description: "Global ID of the key" })
  id!: string;

  @Field(() => String, { description: "Name given by the administrator" })
  name!: string;

  @Field(() => String, { description: "The partner organisation and what the key is for" })
  partner!: string;

  @Field(() => String, { description: "The key's first 10 characters (obsk_…), to recognise it" })
  prefix!: string;

  @Field(() => [ApiKeyScopeEnum], { description: "What the key may do" })
  scopes!: ApiKeyScope[];

  @Field(() => DateTimeScalar, { description: "When the key was created" })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "Last request with the key, to within a minute; null when never used",
  })
  lastUsedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "The key stops working then; null: no expiry" })
  expiresAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: "When the key was revoked; null while it works",
  })
  revokedAt!: Date | null;
}

export const ApiKeyConnection = connectionType("ApiKey", ApiKeyType);

@ObjectType("CreateApiKeyPayload", { description: "The new key, shown once, or why it was refused" })
export class CreateApiKeyPayload {
  @Field(() => ApiKeyType, { nullable: true, description: "Null when userErrors is not empty" })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The key itself (obsk_ and 43 characters): shown only in this response, never stored in clear",
  })
  key!: string | null;

  @Field(() => [UserErrorType], { description: "Why no key was created; empty on success" })
  userErrors!: UserError[];
}

@ObjectType("RevokeApiKeyPayload", { description: "The revoked key, or why nothing was changed" })
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { nullable: true, description: "Null when userErrors is not empty" })
  apiKey!: ApiKey | null;

  @Field(() => [UserErrorType], { description: "Why nothing was changed; empty on success" })
  userErrors!: UserError[];
}
