import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import { recordAudit } from "../audit/audit.service";
import type { Clock } from "../common/clock";
import type { Logger } from "../common/logger";

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often a running hub looks for registrations due for anonymization. */
export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

export interface AnonymizationReport {
  events: number;
  registrations: number;
}

/**
 * Blanks the personal data of registrations for events that ended `retentionDays` ago or more:
 * name, e-mail, accessibility needs and the cancellation token's hash. The institution (an
 * institution, not a person), its gmina, the role and the status stay, so reports still count who
 * was trained. One transaction, one audit entry per event; running it again changes nothing.
 */
export async function anonymizeEventRegistrations(
  em: EntityManager,
  clock: Clock,
  retentionDays: number,
): Promise<AnonymizationReport> {
  const now = clock.now();
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return em.fork().transactional(async (tx) => {
    const rows = await tx.getConnection().execute<{ event_id: string; count: string }[]>(
      `with anonymized as (
         update event_registration r
         set name = '', email = '', accessibility_needs = '{}', accessibility_note = '',
             cancellation_token_hash = null, anonymized_at = ?
         from event e
         where e.id = r.event_id and r.anonymized_at is null and e.ends_at <= ?
         returning r.event_id)
       select event_id, count(*) as count from anonymized group by event_id order by event_id`,
      [now, cutoff],
      "all",
      tx.getTransactionContext(),
    );
    for (const row of rows) {
      recordAudit(tx, {
        actorUserId: null,
        action: "EVENT_REGISTRATIONS_ANONYMIZED",
        entityType: "Event",
        entityId: row.event_id,
        before: null,
        after: { registrations: Number(row.count), retentionDays },
      });
    }
    return { events: rows.length, registrations: rows.reduce((sum, row) => sum + Number(row.count), 0) };
  });
}

/**
 * Anonymizes at once, then every few hours while the process runs; the timer never keeps the
 * process alive. A failed pass is logged and retried at the next one.
 */
export async function startRegistrationRetention(options: {
  orm: MikroORM;
  clock: Clock;
  retentionDays: number;
  logger: Logger;
  intervalMs?: number;
}): Promise<{ stop(): void }> {
  const { orm, clock, retentionDays, logger } = options;
  const pass = async () => {
    try {
      const report = await anonymizeEventRegistrations(orm.em, clock, retentionDays);
      if (report.registrations > 0) {
        logger.info(`Anonymized ${report.registrations} registrations of ${report.events} past events`);
      }
    } catch (error) {
      logger.warn("Anonymizing past events' registrations failed; retrying later", {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  await pass();
  const timer = setInterval(() => void pass(), options.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
