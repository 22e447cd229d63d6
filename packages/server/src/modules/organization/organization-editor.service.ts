import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import { enqueueOrganizationChange } from "../search-sync/search-outbox";
import type { Clock } from "../common/clock";
import { uuidFromGlobalId } from "../common/global-id";
import type { UserError } from "../common/user-error.type";
import type { SocialEnterpriseDecisionInput } from "./dto/social-enterprise-decision.input";
import type { OrganizationInput } from "./dto/organization.input";
import { OfferingEntity } from "./offering.entity";
import { OrganizationAreaEntity } from "./organization-area.entity";
import { organizationPayload } from "./organization-payload.type";
import { organizationSnapshot } from "./organization-snapshot";
import { checkOrganizationReferences } from "./organization-references";
import { OrganizationEntity, type Organization, type PublicationState } from "./organization.entity";
import { validateOrganizationInput, type NormalizedOrganization } from "./organization.validation";
import { SocialEnterpriseDecisionEntity } from "./social-enterprise-decision.entity";

type Actor = { id: string };

function organizationFields({ areaCodes: _areas, offerings: _offerings, ...fields }: NormalizedOrganization) {
  return fields;
}

/** Every change to an organization: validated in full first, written in one transaction with its audit entry. */
export class OrganizationEditorService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async create(input: OrganizationInput, actor: Actor) {
    const { errors, normalized } = validateOrganizationInput(input);
    if (errors.length === 0) errors.push(...(await checkOrganizationReferences(this.em, normalized, null)));
    if (errors.length > 0) return organizationPayload(null, errors);
    const id = randomUUID();
    const written = await this.write(async (tx) => {
      const organization = tx.create(OrganizationEntity, {
        id,
        ...organizationFields(normalized),
        publicationState: "DRAFT",
      });
      this.replaceChildren(tx, id, normalized);
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "ORGANIZATION_CREATED",
        entityType: "Organization",
        entityId: id,
        before: null,
        after: auditSnapshot(normalized),
      });
      return organization;
    });
    return this.finish(written);
  }

  async update(globalId: string, input: OrganizationInput, actor: Actor) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const { errors, normalized } = validateOrganizationInput(input);
    if (errors.length === 0)
      errors.push(...(await checkOrganizationReferences(this.em, normalized, existing.id)));
    if (errors.length > 0) return organizationPayload(null, errors);
    const before = await organizationSnapshot(this.em, existing);
    const written = await this.write(async (tx) => {
      tx.assign(existing, organizationFields(normalized));
      await tx.nativeDelete(OfferingEntity, { organizationId: existing.id });
      await tx.nativeDelete(OrganizationAreaEntity, { organizationId: existing.id });
      this.replaceChildren(tx, existing.id, normalized);
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "ORGANIZATION_UPDATED",
        entityType: "Organization",
        entityId: existing.id,
        before,
        after: auditSnapshot(normalized),
      });
      return existing;
    });
    return this.finish(written);
  }

  publish(globalId: string, actor: Actor) {
    return this.changeState(globalId, "PUBLISHED", "ORGANIZATION_PUBLISHED", actor);
  }

  archive(globalId: string, actor: Actor) {
    return this.changeState(globalId, "ARCHIVED", "ORGANIZATION_ARCHIVED", actor);
  }

  /** Confirms the data as of today, which also clears the stale mark. */
  async verify(globalId: string, source: string, actor: Actor) {
    const how = source.trim();
    if (!how)
      return organizationPayload(null, [
        { field: ["source"], message: "must say how the data was verified" },
      ]);
    if (how.length > 300)
      return organizationPayload(null, [{ field: ["source"], message: "must be at most 300 characters" }]);
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const before = {
      lastVerifiedAt: existing.lastVerifiedAt ?? null,
      lastVerifiedSource: existing.lastVerifiedSource ?? null,
    };
    const after = { lastVerifiedAt: this.clock.today(), lastVerifiedSource: how };
    const written = await this.write(async (tx) => {
      tx.assign(existing, after);
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "ORGANIZATION_VERIFIED",
        entityType: "Organization",
        entityId: existing.id,
        before,
        after,
      });
      return existing;
    });
    return this.finish(written);
  }

  async addSocialEnterpriseDecision(globalId: string, input: SocialEnterpriseDecisionInput, actor: Actor) {
    const existing = await this.load(globalId, "organizationId");
    if ("userErrors" in existing) return existing;
    const errors: UserError[] = [];
    const voivodeship = await this.em
      .getConnection()
      .execute<{ kind: string }[]>(
        "select kind from territorial_unit where code = ?",
        [input.voivodeshipCode],
        "all",
      );
    if (voivodeship[0]?.kind !== "VOIVODESHIP") {
      errors.push({
        field: ["input", "voivodeshipCode"],
        message: "must be the 2-digit TERYT code of a województwo",
      });
    }
    const effectiveFrom = input.effectiveFrom ?? input.decisionDate;
    if (effectiveFrom < input.decisionDate) {
      errors.push({ field: ["input", "effectiveFrom"], message: "must not be before the decision date" });
    }
    if (input.decisionDate > this.clock.today()) {
      errors.push({ field: ["input", "decisionDate"], message: "must not be in the future" });
    }
    if (errors.length > 0) return organizationPayload(null, errors);
    const written = await this.write(async (tx) => {
      const decision = tx.create(SocialEnterpriseDecisionEntity, {
        id: randomUUID(),
        organizationId: existing.id,
        decision: input.decision,
        decisionDate: input.decisionDate,
        decisionNumber: input.decisionNumber?.trim() || null,
        voivodeshipCode: input.voivodeshipCode,
        effectiveFrom,
      });
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "SOCIAL_ENTERPRISE_DECISION_ADDED",
        entityType: "Organization",
        entityId: existing.id,
        before: null,
        after: auditSnapshot(decision),
      });
      return existing;
    });
    return this.finish(written);
  }

  private async changeState(globalId: string, state: PublicationState, action: string, actor: Actor) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const before = existing.publicationState;
    const written = await this.write(async (tx) => {
      existing.publicationState = state;
      recordAudit(tx, {
        actorUserId: actor.id,
        action,
        entityType: "Organization",
        entityId: existing.id,
        before: { publicationState: before },
        after: { publicationState: state },
      });
      return existing;
    });
    return this.finish(written);
  }

  private async load(
    globalId: string,
    field = "id",
  ): Promise<Organization | ReturnType<typeof organizationPayload>> {
    const id = uuidFromGlobalId(globalId, "Organization", field);
    const organization = await this.em.findOne(OrganizationEntity, { id });
    return (
      organization ?? organizationPayload(null, [{ field: [field], message: "no organization has this ID" }])
    );
  }

  private replaceChildren(tx: EntityManager, organizationId: string, normalized: NormalizedOrganization) {
    normalized.offerings.forEach((offering, position) =>
      tx.create(OfferingEntity, { id: randomUUID(), organizationId, position, ...offering }),
    );
    for (const territorialUnitCode of normalized.areaCodes) {
      tx.create(OrganizationAreaEntity, { organizationId, territorialUnitCode });
    }
  }

  private async write(work: (tx: EntityManager) => Promise<Organization>) {
    try {
      return await this.em.transactional(async (tx) => {
        const written = await work(tx);
        await enqueueOrganizationChange(tx, written.id);
        return written;
      });
    } catch (error) {
      // Two editors saving the same identifier at once: the database has the last word.
      if (error instanceof UniqueConstraintViolationException) {
        return organizationPayload(null, [
          { field: ["input"], message: "an identifier or the slug is already used by another organization" },
        ]);
      }
      throw error;
    }
  }

  private finish(written: Organization | ReturnType<typeof organizationPayload>) {
    if ("userErrors" in written) return written;
    return organizationPayload(written);
  }
}
