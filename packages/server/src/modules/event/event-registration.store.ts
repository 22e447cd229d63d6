import type { EntityManager } from "@mikro-orm/postgresql";
import type { AccessibilityNeed, EventAudience, RegistrationStatus } from "@obserwatorium/schema";
import { recordAudit } from "../audit/audit.service";
import type { PublicationState } from "../organization/organization.entity";

/** The columns of an event that decide who may register, read under its row lock. */
export interface LockedEvent {
  id: string;
  publicationState: PublicationState;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

export interface NewRegistration {
  id: string;
  eventId: string;
  name: string;
  email: string;
  institution: string;
  role: EventAudience;
  gminaCode: string | null;
  accessibilityNeeds: AccessibilityNeed[];
  accessibilityNote: string;
  consentVersion: string;
  consentText: string;
  status: RegistrationStatus;
  now: Date;
  cancellationTokenHash: string;
}

/** Statements of the registration write path; each runs inside the caller's transaction. */
export class RegistrationStore {
  constructor(private readonly tx: EntityManager) {}

  private execute<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.tx.getConnection().execute<T[]>(sql, params, "all", this.tx.getTransactionContext());
  }

  /**
   * Locks the event's row until the transaction ends: registrations and cancellations of one event
   * queue up here, so places are counted by one transaction at a time and never overbooked.
   */
  async lockEvent(eventId: string): Promise<LockedEvent | null> {
    // Raw queries return timestamps as text: they become Dates here.
    const [row] = await this.execute<Record<keyof LockedEvent, string | number | null>>(
      `select id, publication_state as "publicationState", starts_at as "startsAt", ends_at as "endsAt",
              capacity, registration_opens_at as "registrationOpensAt",
              registration_closes_at as "registrationClosesAt"
       from event where id = ? for update`,
      [eventId],
    );
    if (!row) return null;
    const instant = (value: string | number | null) => (value === null ? null : new Date(value));
    return {
      id: String(row.id),
      publicationState: row.publicationState as PublicationState,
      startsAt: instant(row.startsAt)!,
      endsAt: instant(row.endsAt)!,
      capacity: row.capacity === null ? null : Number(row.capacity),
      registrationOpensAt: instant(row.registrationOpensAt),
      registrationClosesAt: instant(row.registrationClosesAt),
    };
  }

  async confirmedCount(eventId: string): Promise<number> {
    const [row] = await this.execute<{ count: string }>(
      "select count(*) as count from event_registration where event_id = ? and status = 'CONFIRMED'",
      [eventId],
    );
    return Number(row?.count ?? 0);
  }

  /** Case-insensitive, among the registrations still standing. */
  async emailTaken(eventId: string, email: string): Promise<boolean> {
    const rows = await this.execute<{ id: string }>(
      `select id from event_registration
       where event_id = ? and lower(email) = lower(?) and status <> 'CANCELLED' and anonymized_at is null`,
      [eventId, email],
    );
    return rows.length > 0;
  }

  async insert(registration: NewRegistration): Promise<void> {
    const r = registration;
    await this.execute(
      `insert into event_registration (id, event_id, name, email, institution, role, gmina_code,
         accessibility_needs, accessibility_note, consent_version, consent_text, consented_at, status,
         registered_at, cancellation_token_hash)
       values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.eventId,
        r.name,
        r.email,
        r.institution,
        r.role,
        r.gminaCode,
        `{${r.accessibilityNeeds.join(",")}}`,
        r.accessibilityNote,
        r.consentVersion,
        r.consentText,
        r.now,
        r.status,
        r.now,
        r.cancellationTokenHash,
      ],
    );
  }

  /** The registration's current status, locked; null when there is none (or it is anonymized). */
  async lockRegistration(registrationId: string): Promise<{ status: RegistrationStatus } | null> {
    const [row] = await this.execute<{ status: RegistrationStatus }>(
      "select status from event_registration where id = ? and anonymized_at is null for update",
      [registrationId],
    );
    return row ?? null;
  }

  async cancel(registrationId: string, now: Date, cancelledByUserId: string | null): Promise<void> {
    await this.execute(
      `update event_registration set status = 'CANCELLED', cancelled_at = ?, cancelled_by_user_id = ?
       where id = ?`,
      [now, cancelledByUserId, registrationId],
    );
  }

  /**
   * Moves the waiting list up, first come first served, into the places now free (all of it when
   * there is no limit). Call with the event locked. Returns the IDs confirmed, in order.
   */
  async promoteWaitingList(event: LockedEvent, now: Date, actorUserId: string | null): Promise<string[]> {
    if (now >= event.endsAt) return [];
    const free = event.capacity === null ? null : event.capacity - (await this.confirmedCount(event.id));
    if (free !== null && free <= 0) return [];
    const rows = await this.execute<{ id: string }>(
      `update event_registration set status = 'CONFIRMED', promoted_at = ?
       where id in (select id from event_registration where event_id = ? and status = 'WAITING_LIST'
                    order by sequence limit ?)
       returning id`,
      [now, event.id, free],
    );
    for (const { id } of rows) {
      recordAudit(this.tx, {
        actorUserId,
        action: "EVENT_REGISTRATION_PROMOTED",
        entityType: "Event",
        entityId: event.id,
        before: { registrationId: id, status: "WAITING_LIST" },
        after: { registrationId: id, status: "CONFIRMED" },
      });
    }
    return rows.map((row) => row.id);
  }
}
