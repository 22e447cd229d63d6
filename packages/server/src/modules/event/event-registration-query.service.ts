import type { EntityManager } from "@mikro-orm/postgresql";
import { InvalidInputError } from "../common/errors";
import { uuidFromGlobalId } from "../common/global-id";
import {
  assertPageSize,
  buildConnection,
  decodeCursor,
  encodeCursor,
  type Connection,
} from "../common/pagination";
import { findIdPage } from "../common/sql";
import type { RegistrationsArgs } from "./dto/registrations.args";
import { EventRegistrationEntity, type EventRegistration } from "./event-registration.entity";
import type { EventRegistrationStatsType } from "./event-registration.type";
import type { EventLoaders } from "./event.loaders";

/** Confirmed first, then the waiting list, then cancellations; each in the order of registration. */
const ATTENDANCE_ORDER = {
  sql: "array_position(array['CONFIRMED', 'WAITING_LIST', 'CANCELLED'], r.status), r.sequence",
  params: [],
};

export interface StatsScope {
  eventId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** Participants' data, for staff only (the resolvers and the CSV route check the role). */
export class EventRegistrationQueryService {
  constructor(
    private readonly em: EntityManager,
    private readonly loaders: EventLoaders,
  ) {}

  async list(args: RegistrationsArgs): Promise<Connection<EventRegistration>> {
    assertPageSize(args.first);
    const offset = args.after ? Number(decodeCursor(args.after, "offset")) : 0;
    if (!Number.isInteger(offset) || offset < 0)
      throw new InvalidInputError("after", "is not a cursor of this list");
    const eventId = await this.existingEvent(args.eventId, "eventId");
    const page = await findIdPage(
      this.em,
      "event_registration r",
      {
        sql: args.status ? "r.event_id = ? and r.status = ?" : "r.event_id = ?",
        params: args.status ? [eventId, args.status] : [eventId],
      },
      ATTENDANCE_ORDER,
      args.first,
      offset,
    );
    const registrations = (await this.loaders.registrationById.loadMany(page.ids)).filter(
      (registration): registration is EventRegistration =>
        registration !== null && !(registration instanceof Error),
    );
    return buildConnection(
      registrations,
      (registration) => encodeCursor("offset", offset + registrations.indexOf(registration) + 1),
      {
        hasNextPage: offset + page.ids.length < page.totalCount,
        hasPreviousPage: offset > 0,
        totalCount: page.totalCount,
      },
    );
  }

  /** Every registration of an event (the attendance list), in the list's order. */
  async attendance(eventId: string): Promise<EventRegistration[]> {
    const rows = await this.em
      .getConnection()
      .execute<{ id: string }[]>(
        `select r.id from event_registration r where r.event_id = ? order by ${ATTENDANCE_ORDER.sql}`,
        [eventId],
        "all",
      );
    const registrations = await this.em.find(EventRegistrationEntity, {
      id: { $in: rows.map((row) => row.id) },
    });
    const byId = new Map(registrations.map((registration) => [registration.id, registration]));
    return rows.map((row) => byId.get(row.id)!).filter(Boolean);
  }

  /**
   * Confirmed registrations per institution, gmina and role, for one event or for the events
   * starting within [from, to] (published or archived: drafts never took place).
   */
  async stats(scope: StatsScope): Promise<EventRegistrationStatsType> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (scope.eventId) {
      conditions.push("e.id = ?");
      params.push(await this.existingEvent(scope.eventId, "eventId"));
    } else {
      if (!scope.from && !scope.to)
        throw new InvalidInputError("eventId", "give an event, or from and/or to");
      if (scope.from && scope.to && scope.from > scope.to)
        throw new InvalidInputError("to", "must not be before from");
      conditions.push("e.publication_state in ('PUBLISHED', 'ARCHIVED')");
      if (scope.from) {
        conditions.push("e.starts_at >= ?");
        params.push(scope.from);
      }
      if (scope.to) {
        conditions.push("e.starts_at <= ?");
        params.push(scope.to);
      }
    }
    const confirmed = `with scoped as (select e.id from event e where ${conditions.join(" and ")}),
      confirmed as (select r.* from event_registration r join scoped s on s.id = r.event_id where r.status = 'CONFIRMED')`;
    const run = <T>(select: string) =>
      this.em.getConnection().execute<T[]>(`${confirmed} ${select}`, params, "all");

    const [totals] = await run<{ events: string; confirmed: string; without_gmina: string }>(
      `select (select count(*) from scoped) as events, count(*) as confirmed,
              count(*) filter (where gmina_code is null) as without_gmina from confirmed`,
    );
    const byInstitution = await run<{ institution: string; count: string }>(
      `select min(institution) as institution, count(*) as count from confirmed
       group by lower(institution) order by count(*) desc, min(institution) collate "pl-x-icu"`,
    );
    const byGmina = await run<{ code: string; name: string; count: string }>(
      `select c.gmina_code as code, t.name, count(*) as count from confirmed c
       join territorial_unit t on t.code = c.gmina_code
       group by c.gmina_code, t.name order by count(*) desc, t.name collate "pl-x-icu"`,
    );
    const byRole = await run<{ role: EventRegistration["role"]; count: string }>(
      "select role, count(*) as count from confirmed group by role order by count(*) desc, role",
    );
    return {
      eventCount: Number(totals?.events ?? 0),
      confirmedCount: Number(totals?.confirmed ?? 0),
      withoutGminaCount: Number(totals?.without_gmina ?? 0),
      byInstitution: byInstitution.map((row) => ({ institution: row.institution, count: Number(row.count) })),
      byGmina: byGmina.map((row) => ({ gminaCode: row.code, gminaName: row.name, count: Number(row.count) })),
      byRole: byRole.map((row) => ({ role: row.role, count: Number(row.count) })),
    };
  }

  private async existingEvent(globalId: string, field: string): Promise<string> {
    const id = uuidFromGlobalId(globalId, "Event", field);
    const event = await this.loaders.eventById.load(id);
    if (!event) throw new InvalidInputError(field, "no event has this ID");
    return id;
  }
}
