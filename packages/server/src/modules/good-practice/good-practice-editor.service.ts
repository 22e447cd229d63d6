import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { GOOD_PRACTICES_INDEX } from "@obserwatorium/schema";
import { auditSnapshot, recordAudit } from "../audit/audit.service";
import { enqueueSearchChange } from "../search-sync/search-outbox";
import type { Clock } from "../common/clock";
import { uuidFromGlobalId } from "../common/global-id";
import type { PublicationState } from "../organization/organization.entity";
import type { GoodPracticeInput } from "./dto/good-practice.input";
import {
  createGoodPracticeChildren,
  deleteGoodPracticeChildren,
  goodPracticeSnapshot,
} from "./good-practice-children";
import { goodPracticePayload } from "./good-practice-payload.type";
import { checkGoodPracticeReferences } from "./good-practice-references";
import { GoodPracticeEntity, type GoodPractice } from "./good-practice.entity";
import { validateGoodPracticeInput, type NormalizedGoodPractice } from "./good-practice.validation";

type Actor = { id: string };
type Payload = ReturnType<typeof goodPracticePayload>;
type Checked = { normalized: NormalizedGoodPractice; organizationUuids: string[] };

function practiceFields({
  areaCodes: _areas,
  organizationIds: _organizations,
  results: _results,
  attachments: _attachments,
  ...fields
}: NormalizedGoodPractice) {
  return fields;
}

/** What the audit log keeps of a validated input: organizations by UUID, as in the database. */
const inputSnapshot = ({ normalized, organizationUuids }: Checked) =>
  auditSnapshot({ ...normalized, organizationIds: organizationUuids });

/** Every change to a good practice: validated in full first, written in one transaction with its audit entry. */
export class GoodPracticeEditorService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async create(input: GoodPracticeInput, actor: Actor) {
    const checked = await this.validate(input, null);
    if ("userErrors" in checked) return checked;
    const id = randomUUID();
    const written = await this.write(async (tx) => {
      const practice = tx.create(GoodPracticeEntity, {
        id,
        ...practiceFields(checked.normalized),
        publicationState: "DRAFT",
      });
      createGoodPracticeChildren(tx, id, checked.normalized, checked.organizationUuids);
      this.audit(tx, actor, "GOOD_PRACTICE_CREATED", id, null, inputSnapshot(checked));
      return practice;
    });
    return this.finish(written);
  }

  async update(globalId: string, input: GoodPracticeInput, actor: Actor) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const checked = await this.validate(input, existing.id);
    if ("userErrors" in checked) return checked;
    const before = await goodPracticeSnapshot(this.em, existing);
    const written = await this.write(async (tx) => {
      tx.assign(existing, practiceFields(checked.normalized));
      await deleteGoodPracticeChildren(tx, existing.id);
      createGoodPracticeChildren(tx, existing.id, checked.normalized, checked.organizationUuids);
      this.audit(tx, actor, "GOOD_PRACTICE_UPDATED", existing.id, before, inputSnapshot(checked));
      return existing;
    });
    return this.finish(written);
  }

  publish(globalId: string, actor: Actor) {
    return this.changeState(globalId, actor, "GOOD_PRACTICE_PUBLISHED", "PUBLISHED");
  }

  archive(globalId: string, actor: Actor) {
    return this.changeState(globalId, actor, "GOOD_PRACTICE_ARCHIVED", "ARCHIVED");
  }

  private async changeState(globalId: string, actor: Actor, action: string, state: PublicationState) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const before = { publicationState: existing.publicationState };
    const written = await this.write(async (tx) => {
      tx.assign(existing, { publicationState: state });
      this.audit(tx, actor, action, existing.id, before, { publicationState: state });
      return existing;
    });
    return this.finish(written);
  }

  private async validate(input: GoodPracticeInput, ownId: string | null): Promise<Checked | Payload> {
    const { errors, normalized } = validateGoodPracticeInput(input, this.clock.today());
    if (errors.length) return goodPracticePayload(null, errors);
    const references = await checkGoodPracticeReferences(this.em, normalized, ownId);
    if (references.errors.length) return goodPracticePayload(null, references.errors);
    return { normalized, organizationUuids: references.organizationUuids };
  }

  private audit(
    tx: EntityManager,
    actor: Actor,
    action: string,
    entityId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    recordAudit(tx, { actorUserId: actor.id, action, entityType: "GoodPractice", entityId, before, after });
  }

  private async load(globalId: string): Promise<GoodPractice | Payload> {
    const id = uuidFromGlobalId(globalId, "GoodPractice");
    const practice = await this.em.findOne(GoodPracticeEntity, { id });
    return (
      practice ?? goodPracticePayload(null, [{ field: ["id"], message: "no good practice has this ID" }])
    );
  }

  private async write(work: (tx: EntityManager) => Promise<GoodPractice>): Promise<GoodPractice | Payload> {
    try {
      return await this.em.transactional(async (tx) => {
        const written = await work(tx);
        await enqueueSearchChange(tx, GOOD_PRACTICES_INDEX, [written.id]);
        return written;
      });
    } catch (error) {
      // Two editors saving the same slug at once: the database has the last word.
      if (error instanceof UniqueConstraintViolationException) {
        return goodPracticePayload(null, [
          { field: ["input", "slug"], message: "is already used by another good practice" },
        ]);
      }
      throw error;
    }
  }

  private finish(written: GoodPractice | Payload) {
    if ("userErrors" in written) return written;
    return goodPracticePayload(written);
  }
}
