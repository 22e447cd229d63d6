import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { SERVICES_INDEX } from "@obserwatorium/schema";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import { enqueueSearchChange } from "../search-sync/search-outbox";
import type { Clock } from "../common/clock";
import { uuidFromGlobalId } from "../common/global-id";
import type { PublicationState } from "../organization/organization.entity";
import type { ServiceInput } from "./dto/service.input";
import { createServiceChildren, deleteServiceChildren, serviceSnapshot } from "./service-children";
import { servicePayload } from "./service-payload.type";
import { checkServiceReferences } from "./service-references";
import { ServiceEntity, type Service } from "./service.entity";
import { validateServiceInput, type NormalizedService } from "./service.validation";

type Actor = { id: string };
type Payload = ReturnType<typeof servicePayload>;

function serviceFields(
  { areaCodes: _areas, locations: _locations, providerId: _provider, ...fields }: NormalizedService,
  providerOrganizationId: string | null,
) {
  return { ...fields, providerOrganizationId };
}

/** Every change to a service: validated in full first, written in one transaction with its audit entry. */
export class ServiceEditorService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async create(input: ServiceInput, actor: Actor) {
    const checked = await this.validate(input, null);
    if ("userErrors" in checked) return checked;
    const id = randomUUID();
    const written = await this.write(async (tx) => {
      const service = tx.create(ServiceEntity, {
        id,
        ...serviceFields(checked.normalized, checked.providerUuid),
        publicationState: "DRAFT",
      });
      createServiceChildren(tx, id, checked.normalized);
      this.audit(tx, actor, "SERVICE_CREATED", id, null, auditSnapshot(checked.normalized));
      return service;
    });
    return this.finish(written);
  }

  async update(globalId: string, input: ServiceInput, actor: Actor) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const checked = await this.validate(input, existing.id);
    if ("userErrors" in checked) return checked;
    const before = await serviceSnapshot(this.em, existing);
    const written = await this.write(async (tx) => {
      tx.assign(existing, serviceFields(checked.normalized, checked.providerUuid));
      await deleteServiceChildren(tx, existing.id);
      createServiceChildren(tx, existing.id, checked.normalized);
      this.audit(tx, actor, "SERVICE_UPDATED", existing.id, before, auditSnapshot(checked.normalized));
      return existing;
    });
    return this.finish(written);
  }

  publish(globalId: string, actor: Actor) {
    return this.change(globalId, actor, "SERVICE_PUBLISHED", () => ({
      publicationState: "PUBLISHED" as PublicationState,
    }));
  }

  archive(globalId: string, actor: Actor) {
    return this.change(globalId, actor, "SERVICE_ARCHIVED", () => ({
      publicationState: "ARCHIVED" as PublicationState,
    }));
  }

  /** Confirms the data as of today, which also clears the stale mark. */
  async verify(globalId: string, source: string, actor: Actor) {
    const how = source.trim();
    if (!how)
      return servicePayload(null, [{ field: ["source"], message: "must say how the data was verified" }]);
    if (how.length > 300)
      return servicePayload(null, [{ field: ["source"], message: "must be at most 300 characters" }]);
    return this.change(globalId, actor, "SERVICE_VERIFIED", () => ({
      lastVerifiedAt: this.clock.today(),
      lastVerifiedSource: how,
    }));
  }

  private async change(
    globalId: string,
    actor: Actor,
    action: string,
    changes: () => Partial<Pick<Service, "publicationState" | "lastVerifiedAt" | "lastVerifiedSource">>,
  ) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const after = changes();
    const before = Object.fromEntries(Object.keys(after).map((key) => [key, existing[key as keyof Service]]));
    const written = await this.write(async (tx) => {
      tx.assign(existing, after);
      this.audit(tx, actor, action, existing.id, before, after);
      return existing;
    });
    return this.finish(written);
  }

  private async validate(input: ServiceInput, ownId: string | null) {
    const { errors, normalized } = validateServiceInput(input, this.clock.today());
    if (errors.length) return servicePayload(null, errors);
    const references = await checkServiceReferences(this.em, normalized, ownId);
    if (references.errors.length) return servicePayload(null, references.errors);
    return { normalized, providerUuid: references.providerUuid };
  }

  private audit(
    tx: EntityManager,
    actor: Actor,
    action: string,
    entityId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    recordAudit(tx, { actorUserId: actor.id, action, entityType: "Service", entityId, before, after });
  }

  private async load(globalId: string): Promise<Service | Payload> {
    const id = uuidFromGlobalId(globalId, "Service");
    const service = await this.em.findOne(ServiceEntity, { id });
    return service ?? servicePayload(null, [{ field: ["id"], message: "no service has this ID" }]);
  }

  private async write(work: (tx: EntityManager) => Promise<Service>): Promise<Service | Payload> {
    try {
      return await this.em.transactional(async (tx) => {
        const written = await work(tx);
        await enqueueSearchChange(tx, SERVICES_INDEX, [written.id]);
        return written;
      });
    } catch (error) {
      // Two editors saving the same slug at once: the database has the last word.
      if (error instanceof UniqueConstraintViolationException) {
        return servicePayload(null, [
          { field: ["input", "slug"], message: "is already used by another service" },
        ]);
      }
      throw error;
    }
  }

  private finish(written: Service | Payload) {
    if ("userErrors" in written) return written;
    return servicePayload(written);
  }
}
