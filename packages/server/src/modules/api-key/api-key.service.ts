import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import { DomainError, InvalidInputError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import { assertPageSize, buildConnection, decodeCursor, encodeCursor } from "../common/pagination";
import { apiKeyPrefix, hashApiKey, newApiKey } from "./api-key-token";
import { API_KEY_SCOPES, ApiKeyEntity, type ApiKey, type ApiKeyScope } from "./api-key.entity";

const MAX_NAME_LENGTH = 120;
const MAX_PARTNER_LENGTH = 500;

export interface NewApiKey {
  name: string;
  partner: string;
  scopes: ApiKeyScope[];
  expiresAt?: Date | null;
}

function checkNewKey(input: NewApiKey, now: Date): NewApiKey {
  const name = input.name.trim();
  const partner = input.partner.trim();
  if (!name) throw new InvalidInputError("name", "must not be empty");
  if (name.length > MAX_NAME_LENGTH)
    throw new InvalidInputError("name", `must be at most ${MAX_NAME_LENGTH} characters long`);
  if (!partner) throw new InvalidInputError("partner", "must name the partner and what the key is for");
  if (partner.length > MAX_PARTNER_LENGTH)
    throw new InvalidInputError("partner", `must be at most ${MAX_PARTNER_LENGTH} characters long`);
  const scopes = API_KEY_SCOPES.filter((scope) => input.scopes.includes(scope));
  if (scopes.length === 0) throw new InvalidInputError("scopes", "must name at least one scope");
  if (input.expiresAt && input.expiresAt.getTime() <= now.getTime())
    throw new InvalidInputError("expiresAt", "must be in the future");
  return { name, partner, scopes, expiresAt: input.expiresAt ?? null };
}

const snapshot = (key: ApiKey) => ({
  name: key.name,
  partner: key.partner,
  prefix: key.prefix,
  scopes: key.scopes,
  expiresAt: key.expiresAt?.toISOString() ?? null,
  revokedAt: key.revokedAt?.toISOString() ?? null,
});

/** Partners' keys: created and revoked by administrators, audited; the key itself is returned once. */
export class ApiKeyService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async create(input: NewApiKey, actorUserId: string): Promise<{ apiKey: ApiKey; key: string }> {
    const now = this.clock.now();
    const fields = checkNewKey(input, now);
    const key = newApiKey();
    const apiKey = await this.em.transactional(async (tx) => {
      const created = tx.create(ApiKeyEntity, {
        id: randomUUID(),
        keyHash: hashApiKey(key),
        prefix: apiKeyPrefix(key),
        name: fields.name,
        partner: fields.partner,
        scopes: fields.scopes,
        createdByUserId: actorUserId,
        createdAt: now,
        expiresAt: fields.expiresAt ?? null,
        lastUsedAt: null,
        revokedAt: null,
      });
      recordAudit(tx, {
        actorUserId,
        action: "API_KEY_CREATED",
        entityType: "ApiKey",
        entityId: created.id,
        before: null,
        after: snapshot(created),
      });
      return created;
    });
    return { apiKey, key };
  }

  /** Revokes the key at once: its next request is refused. */
  async revoke(globalId: string, actorUserId: string): Promise<ApiKey> {
    let id: string;
    try {
      id = uuidFromGlobalId(globalId, "ApiKey", "id");
    } catch (error) {
      if (error instanceof DomainError) throw new InvalidInputError("id", "is not the ID of an API key");
      throw error;
    }
    return this.em.transactional(async (tx) => {
      const apiKey = await tx.findOne(ApiKeyEntity, { id });
      if (!apiKey) throw new InvalidInputError("id", "no API key has this ID");
      if (apiKey.revokedAt) throw new InvalidInputError("id", "the key is already revoked");
      const before = snapshot(apiKey);
      apiKey.revokedAt = this.clock.now();
      recordAudit(tx, {
        actorUserId,
        action: "API_KEY_REVOKED",
        entityType: "ApiKey",
        entityId: apiKey.id,
        before,
        after: snapshot(apiKey),
      });
      return apiKey;
    });
  }

  /** One key by its stored ID (batched per request: a page of audit entries costs one query). */
  byId(id: string): Promise<ApiKey | null> {
    return this.keysById.load(id);
  }

  private readonly keysById = new DataLoader<string, ApiKey | null>(async (ids) => {
    const keys = await this.em.find(ApiKeyEntity, { id: { $in: [...ids] } });
    return ids.map((id) => keys.find((key) => key.id === id) ?? null);
  });

  /** Newest first; revoked keys only when asked for. */
  async list(args: { first: number; after?: string | null; includeRevoked: boolean }) {
    assertPageSize(args.first);
    const position = args.after ? decodeCursor(args.after, "api-keys") : "0";
    if (!/^\d{1,9}$/.test(position))
      throw new InvalidInputError("after", "is not a cursor returned by this list");
    const offset = Number(position);
    const where = args.includeRevoked ? {} : { revokedAt: null };
    const [keys, totalCount] = await this.em.findAndCount(ApiKeyEntity, where, {
      orderBy: { createdAt: "desc", id: "asc" },
      limit: args.first,
      offset,
    });
    return buildConnection(keys, (key) => encodeCursor("api-keys", offset + keys.indexOf(key) + 1), {
      hasNextPage: offset + keys.length < totalCount,
      hasPreviousPage: offset > 0,
      totalCount,
    });
  }
}
