import { randomUUID } from "node:crypto";
import type { EntityManager } from "@mikro-orm/postgresql";
import { DOCUMENT_PAGES_INDEX } from "@obserwatorium/schema";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import { enqueueSearchChange } from "../search-sync/search-outbox";
import { uuidFromGlobalId } from "../common/global-id";
import type { PublicationState } from "../organization/organization.entity";
import { documentPayload } from "./document-payload.type";
import {
  DocumentEntity,
  DocumentOrganizationEntity,
  DocumentServiceEntity,
  type DocumentRecord,
} from "./document.entity";
import {
  checkDocumentReferences,
  validateDocumentInput,
  type NormalizedDocument,
} from "./document.validation";
import type { DocumentInput } from "./dto/document.input";

type Actor = { id: string };
type Payload = ReturnType<typeof documentPayload>;

function documentFields({ organizationIds: _o, serviceIds: _s, ...fields }: NormalizedDocument) {
  return fields;
}

/** Every change to a document's metadata: validated in full, one transaction with its audit entry. */
export class DocumentEditorService {
  constructor(private readonly em: EntityManager) {}

  async create(input: DocumentInput, actor: Actor) {
    const checked = await this.validate(input);
    if ("userErrors" in checked) return checked;
    const id = randomUUID();
    const document = await this.write(async (tx) => {
      const created = tx.create(DocumentEntity, {
        id,
        ...documentFields(checked),
        publicationState: "DRAFT",
      });
      this.createRelations(tx, id, checked);
      this.audit(tx, actor, "DOCUMENT_CREATED", id, null, auditSnapshot(checked));
      return created;
    });
    return this.finish(document);
  }

  async update(globalId: string, input: DocumentInput, actor: Actor) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const checked = await this.validate(input);
    if ("userErrors" in checked) return checked;
    const before = auditSnapshot(existing, ["createdAt", "updatedAt"]);
    const document = await this.write(async (tx) => {
      tx.assign(existing, documentFields(checked));
      await tx.nativeDelete(DocumentOrganizationEntity, { documentId: existing.id });
      await tx.nativeDelete(DocumentServiceEntity, { documentId: existing.id });
      this.createRelations(tx, existing.id, checked);
      this.audit(tx, actor, "DOCUMENT_UPDATED", existing.id, before, auditSnapshot(checked));
      return existing;
    });
    return this.finish(document);
  }

  publish(globalId: string, actor: Actor) {
    return this.changeState(globalId, "PUBLISHED", "DOCUMENT_PUBLISHED", actor);
  }

  archive(globalId: string, actor: Actor) {
    return this.changeState(globalId, "ARCHIVED", "DOCUMENT_ARCHIVED", actor);
  }

  private async changeState(globalId: string, state: PublicationState, action: string, actor: Actor) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const before = existing.publicationState;
    const document = await this.write(async (tx) => {
      existing.publicationState = state;
      this.audit(tx, actor, action, existing.id, { publicationState: before }, { publicationState: state });
      return existing;
    });
    return this.finish(document);
  }

  private async validate(input: DocumentInput): Promise<NormalizedDocument | Payload> {
    const { errors, normalized } = validateDocumentInput(input);
    if (errors.length === 0) errors.push(...(await checkDocumentReferences(this.em, normalized)));
    return errors.length ? documentPayload(null, errors) : normalized;
  }

  private createRelations(tx: EntityManager, documentId: string, document: NormalizedDocument) {
    for (const organizationId of document.organizationIds)
      tx.create(DocumentOrganizationEntity, { documentId, organizationId });
    for (const serviceId of document.serviceIds) tx.create(DocumentServiceEntity, { documentId, serviceId });
  }

  private audit(
    tx: EntityManager,
    actor: Actor,
    action: string,
    entityId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    recordAudit(tx, { actorUserId: actor.id, action, entityType: "Document", entityId, before, after });
  }

  private async load(globalId: string): Promise<DocumentRecord | Payload> {
    const id = uuidFromGlobalId(globalId, "Document");
    const document = await this.em.findOne(DocumentEntity, { id });
    return document ?? documentPayload(null, [{ field: ["id"], message: "no document has this ID" }]);
  }

  /** One transaction with the change and its outbox row: the document's pages carry its metadata. */
  private write(work: (tx: EntityManager) => Promise<DocumentRecord>) {
    return this.em.transactional(async (tx) => {
      const written = await work(tx);
      await enqueueSearchChange(tx, DOCUMENT_PAGES_INDEX, [written.id]);
      return written;
    });
  }

  private finish(document: DocumentRecord) {
    return documentPayload(document);
  }
}
