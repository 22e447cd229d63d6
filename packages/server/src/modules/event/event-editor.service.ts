import { randomUUID } from "node:crypto";
import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import { uuidFromGlobalId } from "../common/global-id";
import type { PublicationState } from "../organization/organization.entity";
import type { EventInput } from "./dto/event.input";
import { createEventLinks, deleteEventLinks, eventSnapshot } from "./event-children";
import { eventPayload } from "./event-payload.type";
import { checkEventReferences, type EventReferences } from "./event-references";
import { RegistrationStore } from "./event-registration.store";
import { EventEntity, type EventRecord } from "./event.entity";
import { validateEventInput, type NormalizedEvent } from "./event.validation";

type Actor = { id: string };
type Payload = ReturnType<typeof eventPayload>;
type Checked = { normalized: NormalizedEvent; references: EventReferences };

function eventFields({
  organizerId: _organizer,
  documentIds: _documents,
  goodPracticeIds: _practices,
  ...fields
}: NormalizedEvent) {
  return fields;
}

const inputSnapshot = ({ normalized, references }: Checked) => ({
  ...eventFields(normalized),
  startsAt: normalized.startsAt.toISOString(),
  endsAt: normalized.endsAt.toISOString(),
  registrationOpensAt: normalized.registrationOpensAt?.toISOString() ?? null,
  registrationClosesAt: normalized.registrationClosesAt?.toISOString() ?? null,
  organizerOrganizationId: references.organizerUuid,
  documentIds: references.documentUuids,
  goodPracticeIds: references.goodPracticeUuids,
});

/** Every change to an event: validated in full first, written in one transaction with its audit entry. */
export class EventEditorService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  async create(input: EventInput, actor: Actor) {
    const checked = await this.validate(input, null);
    if ("userErrors" in checked) return checked;
    const id = randomUUID();
    return this.write(async (tx) => {
      const event = tx.create(EventEntity, {
        id,
        ...eventFields(checked.normalized),
        organizerOrganizationId: checked.references.organizerUuid,
        publicationState: "DRAFT",
      });
      createEventLinks(tx, id, checked.references);
      this.audit(tx, actor, "EVENT_CREATED", id, null, inputSnapshot(checked));
      return event;
    });
  }

  async update(globalId: string, input: EventInput, actor: Actor) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const checked = await this.validate(input, existing.id);
    if ("userErrors" in checked) return checked;
    const before = await eventSnapshot(this.em, existing);
    return this.write(async (tx) => {
      // Registrations wait while the capacity changes, then the waiting list fills any new places.
      const store = new RegistrationStore(tx);
      await store.lockEvent(existing.id);
      tx.assign(existing, {
        ...eventFields(checked.normalized),
        organizerOrganizationId: checked.references.organizerUuid,
      });
      await deleteEventLinks(tx, existing.id);
      createEventLinks(tx, existing.id, checked.references);
      this.audit(tx, actor, "EVENT_UPDATED", existing.id, before, inputSnapshot(checked));
      await tx.flush();
      const locked = await store.lockEvent(existing.id);
      if (locked?.publicationState === "PUBLISHED") {
        await store.promoteWaitingList(locked, this.clock.now(), actor.id);
      }
      return existing;
    });
  }

  publish(globalId: string, actor: Actor) {
    return this.changeState(globalId, actor, "EVENT_PUBLISHED", "PUBLISHED");
  }

  archive(globalId: string, actor: Actor) {
    return this.changeState(globalId, actor, "EVENT_ARCHIVED", "ARCHIVED");
  }

  private async changeState(globalId: string, actor: Actor, action: string, state: PublicationState) {
    const existing = await this.load(globalId);
    if ("userErrors" in existing) return existing;
    const before = { publicationState: existing.publicationState };
    return this.write(async (tx) => {
      tx.assign(existing, { publicationState: state });
      this.audit(tx, actor, action, existing.id, before, { publicationState: state });
      return existing;
    });
  }

  private async validate(input: EventInput, ownId: string | null): Promise<Checked | Payload> {
    const { errors, normalized } = validateEventInput(input);
    if (errors.length) return eventPayload(null, errors);
    const references = await checkEventReferences(this.em, normalized, ownId);
    if (references.errors.length) return eventPayload(null, references.errors);
    return { normalized, references };
  }

  private audit(
    tx: EntityManager,
    actor: Actor,
    action: string,
    entityId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown>,
  ) {
    recordAudit(tx, { actorUserId: actor.id, action, entityType: "Event", entityId, before, after });
  }

  private async load(globalId: string): Promise<EventRecord | Payload> {
    const id = uuidFromGlobalId(globalId, "Event");
    const event = await this.em.findOne(EventEntity, { id });
    return event ?? eventPayload(null, [{ field: ["id"], message: "no event has this ID" }]);
  }

  private async write(work: (tx: EntityManager) => Promise<EventRecord>): Promise<Payload> {
    try {
      return eventPayload(await this.em.transactional(work));
    } catch (error) {
      // Two editors saving the same slug at once: the database has the last word.
      if (error instanceof UniqueConstraintViolationException) {
        return eventPayload(null, [
          { field: ["input", "slug"], message: "is already used by another event" },
        ]);
      }
      throw error;
    }
  }
}
