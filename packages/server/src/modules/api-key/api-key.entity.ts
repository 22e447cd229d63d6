import { defineEntity, p, type InferEntity } from "@mikro-orm/core";

export const API_KEY_SCOPES = ["READ_PUBLIC", "READ_DRAFTS", "WRITE"] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** A partner's key to the API. Only the SHA-256 of the key is stored; the key is shown once. */
export const ApiKeyEntity = defineEntity({
  name: "ApiKey",
  tableName: "api_key",
  properties: {
    id: p.uuid().primary(),
    keyHash: p.string().length(64).unique().hidden(),
    /** The key's first characters, for recognising it in lists and logs. */
    prefix: p.text(),
    name: p.text(),
    /** Who uses the key: the partner organisation and what for. */
    partner: p.text(),
    scopes: p.array<ApiKeyScope>(),
    createdByUserId: p.uuid(),
    createdAt: p.datetime(),
    expiresAt: p.datetime().nullable(),
    lastUsedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});

export type ApiKey = InferEntity<typeof ApiKeyEntity>;
