import { createHash, randomBytes, randomUUID } from "node:crypto";
import { UniqueConstraintViolationException, type EntityManager } from "@mikro-orm/postgresql";
import { MUNICIPALITY_KINDS } from "@obserwatorium/schema";
import { recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import { DomainError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import type { UserError } from "../common/user-error.type";
import type { RegisterInput } from "./dto/register.input";
import { registrationPayload } from "./event-payload.type";
import { EventRegistrationEntity } from "./event-registration.entity";
import { registrationState } from "./event-registration-state";
import { RegistrationStore, type LockedEvent } from "./event-registration.store";
import { registrationConsent } from "./registration-consent";
import { registrationRateLimit } from "./registration-rate-limit";
import { validateRegistration } from "./registration.validation";

type Actor = { id: string };
type Refusal = { refused: UserError[] };

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const WRONG_TOKEN: UserError = { field: ["token"], message: "no registration has this token" };

/** Only the SHA-256 of a cancellation token is stored; the token itself is shown once. */
export const hashCancellationToken = (token: string) => createHash("sha256").update(token).digest("hex");

const STATE_REFUSALS = {
  NOT_YET_OPEN: "registration for this event has not opened yet",
  CLOSED: "registration for this event is closed",
  ENDED: "the event is over",
} as const;

/**
 * Registrations: open to anyone (rate-limited), never beyond the places — the event's row is
 * locked while places are counted — with a waiting list that moves up on every cancellation.
 * The audit log records what happened to which registration, never who registered.
 */
export class EventRegistrationService {
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly retentionDays: number,
  ) {}

  async register(input: RegisterInput, clientIp: string) {
    const consent = registrationConsent(this.retentionDays);
    const { errors, normalized } = validateRegistration(input, consent.version);
    let eventId: string | null = null;
    try {
      eventId = uuidFromGlobalId(input.eventId, "Event", "input.eventId");
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.unshift({ field: ["input", "eventId"], message: "no published event has this ID" });
    }
    if (normalized.gminaCode && errors.length === 0) {
      if (!(await this.isGmina(normalized.gminaCode)))
        errors.push({ field: ["input", "gminaCode"], message: "is not the TERYT code of a gmina" });
    }
    if (errors.length || !eventId) return registrationPayload(null, errors);

    const now = this.clock.now();
    const token = randomBytes(32).toString("base64url");
    const id = randomUUID();
    let outcome: Refusal | { registered: true };
    try {
      outcome = await this.em.transactional(async (tx) => {
        if (!(await registrationRateLimit.take(tx, registrationRateLimit.clientKey(clientIp), now))) {
          return {
            refused: [{ field: [], message: "too many registrations from this address; try again later" }],
          };
        }
        const store = new RegistrationStore(tx);
        const event = await store.lockEvent(eventId);
        if (!event || event.publicationState !== "PUBLISHED") {
          return { refused: [{ field: ["input", "eventId"], message: "no published event has this ID" }] };
        }
        const confirmed = await store.confirmedCount(event.id);
        const state = registrationState(event, confirmed, now);
        if (state !== "OPEN" && state !== "WAITING_LIST_ONLY") {
          return { refused: [{ field: ["input", "eventId"], message: STATE_REFUSALS[state] }] };
        }
        if (await store.emailTaken(event.id, normalized.email)) {
          return {
            refused: [{ field: ["input", "email"], message: "is already registered for this event" }],
          };
        }
        const status = state === "OPEN" ? "CONFIRMED" : "WAITING_LIST";
        await store.insert({
          id,
          eventId: event.id,
          ...normalized,
          consentVersion: consent.version,
          consentText: consent.text,
          status,
          now,
          cancellationTokenHash: hashCancellationToken(token),
        });
        recordAudit(tx, {
          actorUserId: null,
          action: "EVENT_REGISTRATION_CREATED",
          entityType: "Event",
          entityId: event.id,
          before: null,
          after: { registrationId: id, status },
        });
        return { registered: true as const };
      });
    } catch (error) {
      // The unique index is the last word should two registrations of one address slip past the check.
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      outcome = { refused: [{ field: ["input", "email"], message: "is already registered for this event" }] };
    }
    if ("refused" in outcome) return registrationPayload(null, outcome.refused);
    return registrationPayload(await this.load(id), [], token);
  }

  /** The token is the credential: whoever holds it may cancel, nobody may with the registration's ID. */
  async cancelByToken(token: string) {
    const trimmed = token.trim();
    if (!TOKEN.test(trimmed)) return registrationPayload(null, [WRONG_TOKEN]);
    const [row] = await this.em
      .getConnection()
      .execute<{ id: string; event_id: string }[]>(
        "select id, event_id from event_registration where cancellation_token_hash = ?",
        [hashCancellationToken(trimmed)],
        "all",
      );
    if (!row) return registrationPayload(null, [WRONG_TOKEN]);
    return this.cancel(row.id, row.event_id, null, ["token"]);
  }

  async cancelByEditor(globalId: string, actor: Actor) {
    const id = uuidFromGlobalId(globalId, "EventRegistration");
    const registration = await this.em.findOne(EventRegistrationEntity, { id });
    if (!registration)
      return registrationPayload(null, [{ field: ["id"], message: "no registration has this ID" }]);
    return this.cancel(id, registration.eventId, actor, ["id"]);
  }

  private async cancel(registrationId: string, eventId: string, actor: Actor | null, field: string[]) {
    const now = this.clock.now();
    const refusal = await this.em.transactional(async (tx): Promise<UserError | null> => {
      const store = new RegistrationStore(tx);
      const event = (await store.lockEvent(eventId)) as LockedEvent;
      const registration = await store.lockRegistration(registrationId);
      if (!registration)
        return { field, message: `no registration has this ${field[0] === "token" ? "token" : "ID"}` };
      if (registration.status === "CANCELLED") return { field, message: "is already cancelled" };
      if (!actor && now >= event.endsAt)
        return { field, message: "the event is over; it can no longer be cancelled" };
      await store.cancel(registrationId, now, actor?.id ?? null);
      recordAudit(tx, {
        actorUserId: actor?.id ?? null,
        action: "EVENT_REGISTRATION_CANCELLED",
        entityType: "Event",
        entityId: eventId,
        before: { registrationId, status: registration.status },
        after: { registrationId, status: "CANCELLED" },
      });
      if (registration.status === "CONFIRMED") await store.promoteWaitingList(event, now, actor?.id ?? null);
      return null;
    });
    if (refusal) return registrationPayload(null, [refusal]);
    return registrationPayload(await this.load(registrationId));
  }

  private async load(id: string) {
    return this.em.fork().findOne(EventRegistrationEntity, { id });
  }

  private async isGmina(code: string): Promise<boolean> {
    const [unit] = await this.em
      .getConnection()
      .execute<{ kind: string }[]>("select kind from territorial_unit where code = ?", [code], "all");
    return !!unit && (MUNICIPALITY_KINDS as readonly string[]).includes(unit.kind);
  }
}
