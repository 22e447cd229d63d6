import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { ORGANIZATIONS_INDEX } from "@obserwatorium/schema";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import { enqueueSearchChange } from "../search-sync/search-outbox";
import type { Clock } from "../common/clock";
import { uuidFromGlobalId } from "../common/global-id";
import { OrganizationEntity } from "../organization/organization.entity";
import { certificatePayload } from "./certificate-payload.type";
import { CertificateEntity, type Certificate } from "./certificate.entity";
import { validateCertificateTerms, type CertificateTerms } from "./certificate.validation";
import { CertifiedOfferingEntity } from "./certified-offering.entity";
import type { IssueCertificateInput, RenewCertificateInput } from "./dto/certificate.input";

type Actor = { id: string };
type Payload = ReturnType<typeof certificatePayload>;

function dayAfter(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Issuing, renewing and revoking certificates; each in one transaction with its audit entry. */
export class CertificateEditorService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async issue(input: IssueCertificateInput, actor: Actor): Promise<Payload> {
    const organizationId = uuidFromGlobalId(input.organizationId, "Organization", "input.organizationId");
    if (!(await this.em.count(OrganizationEntity, { id: organizationId }))) {
      return certificatePayload(null, [
        { field: ["input", "organizationId"], message: "no organization has this ID" },
      ]);
    }
    return this.create({ ...input, organizationId }, null, actor, "CERTIFICATE_ISSUED");
  }

  async renew(globalId: string, input: RenewCertificateInput, actor: Actor): Promise<Payload> {
    const current = await this.load(globalId);
    if ("userErrors" in current) return current;
    if (current.revoked)
      return certificatePayload(null, [
        { field: ["id"], message: "a revoked certificate cannot be renewed" },
      ]);
    const offerings =
      input.offerings ??
      (await this.em.find(
        CertifiedOfferingEntity,
        { certificateId: current.id },
        { orderBy: { position: "asc" } },
      ));
    return this.create(
      {
        organizationId: current.organizationId,
        type: current.type,
        number: input.number,
        grantingBody: current.grantingBody,
        decisionDate: input.decisionDate,
        validFrom: input.validFrom ?? dayAfter(current.validTo),
        validTo: input.validTo,
        offerings: offerings.map(({ name, description, cpvCodes }) => ({ name, description, cpvCodes })),
      },
      current.id,
      actor,
      "CERTIFICATE_RENEWED",
    );
  }

  async revoke(globalId: string, reason: string, actor: Actor): Promise<Payload> {
    const current = await this.load(globalId);
    if ("userErrors" in current) return current;
    if (!reason.trim())
      return certificatePayload(null, [{ field: ["reason"], message: "must not be empty" }]);
    if (current.revoked)
      return certificatePayload(null, [{ field: ["id"], message: "the certificate is already revoked" }]);
    await this.em.transactional(async (tx) => {
      current.revoked = true;
      current.revokedReason = reason.trim();
      current.revokedAt = this.clock.now();
      recordAudit(tx, {
        actorUserId: actor.id,
        action: "CERTIFICATE_REVOKED",
        entityType: "Certificate",
        entityId: current.id,
        before: { revoked: false },
        after: { revoked: true, revokedReason: current.revokedReason },
      });
      // The organization's document lists its active certificate types.
      await enqueueSearchChange(tx, ORGANIZATIONS_INDEX, [current.organizationId]);
    });
    return certificatePayload(current);
  }

  private async create(
    terms: CertificateTerms & { organizationId: string },
    renewalOfId: string | null,
    actor: Actor,
    action: string,
  ): Promise<Payload> {
    const { errors, normalized } = validateCertificateTerms(terms);
    if (errors.length > 0) return certificatePayload(null, errors);
    const id = randomUUID();
    try {
      const certificate = await this.em.transactional(async (tx) => {
        const created = tx.create(CertificateEntity, {
          id,
          organizationId: terms.organizationId,
          type: normalized.type,
          number: normalized.number,
          grantingBody: normalized.grantingBody,
          decisionDate: normalized.decisionDate,
          validFrom: normalized.validFrom,
          validTo: normalized.validTo,
          renewalOfId,
        });
        normalized.offerings.forEach((offering, position) =>
          tx.create(CertifiedOfferingEntity, { id: randomUUID(), certificateId: id, position, ...offering }),
        );
        recordAudit(tx, {
          actorUserId: actor.id,
          action,
          entityType: "Certificate",
          entityId: id,
          before: null,
          after: auditSnapshot(normalized),
        });
        await enqueueSearchChange(tx, ORGANIZATIONS_INDEX, [terms.organizationId]);
        return created;
      });
      return certificatePayload(certificate);
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        return certificatePayload(null, [
          { field: ["input", "number"], message: "is already used by another certificate of this type" },
        ]);
      }
      throw error;
    }
  }

  private async load(globalId: string): Promise<Certificate | Payload> {
    const certificate = await this.em.findOne(CertificateEntity, {
      id: uuidFromGlobalId(globalId, "Certificate"),
    });
    return (
      certificate ?? certificatePayload(null, [{ field: ["id"], message: "no certificate has this ID" }])
    );
  }
}
