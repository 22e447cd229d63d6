import type { EntityManager } from "@mikro-orm/postgresql";
import DataLoader from "dataloader";
import { EventRegistrationEntity, type EventRegistration } from "./event-registration.entity";
import { EventDocumentEntity, EventEntity, EventGoodPracticeEntity, type EventRecord } from "./event.entity";

export interface RegistrationCounts {
  confirmed: number;
  waitingList: number;
}

export interface EventLoaders {
  eventById: DataLoader<string, EventRecord | null>;
  documentIdsByEvent: DataLoader<string, string[]>;
  goodPracticeIdsByEvent: DataLoader<string, string[]>;
  registrationCountsByEvent: DataLoader<string, RegistrationCounts>;
  registrationById: DataLoader<string, EventRegistration | null>;
  /** 1-based place on its event's waiting list; null when the registration is not waiting. */
  waitingListPositionByRegistration: DataLoader<string, number | null>;
}

function groupIds<T>(
  keys: readonly string[],
  rows: T[],
  keyOf: (row: T) => string,
  idOf: (row: T) => string,
) {
  const groups = new Map<string, string[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(idOf(row));
  return keys.map((key) => groups.get(key)!);
}

/** Per-request batching: a page of events with everything nested costs one query per relation. */
export function createEventLoaders(em: EntityManager): EventLoaders {
  const execute = <T>(sql: string, params: unknown[]) => em.getConnection().execute<T[]>(sql, params, "all");
  return {
    eventById: new DataLoader(async (ids) => {
      const rows = await em.find(EventEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    documentIdsByEvent: new DataLoader(async (ids) =>
      groupIds(
        ids,
        await em.find(EventDocumentEntity, { eventId: { $in: [...ids] } }, { orderBy: { position: "asc" } }),
        (row) => row.eventId,
        (row) => row.documentId,
      ),
    ),
    goodPracticeIdsByEvent: new DataLoader(async (ids) =>
      groupIds(
        ids,
        await em.find(
          EventGoodPracticeEntity,
          { eventId: { $in: [...ids] } },
          { orderBy: { position: "asc" } },
        ),
        (row) => row.eventId,
        (row) => row.goodPracticeId,
      ),
    ),
    registrationCountsByEvent: new DataLoader(async (ids) => {
      const rows = await execute<{ event_id: string; confirmed: string; waiting: string }>(
        `select event_id, count(*) filter (where status = 'CONFIRMED') as confirmed,
                count(*) filter (where status = 'WAITING_LIST') as waiting
         from event_registration where event_id = any(string_to_array(?, ',')::uuid[]) group by event_id`,
        [ids.join(",")],
      );
      const byId = new Map(rows.map((row) => [row.event_id, row]));
      return ids.map((id) => ({
        confirmed: Number(byId.get(id)?.confirmed ?? 0),
        waitingList: Number(byId.get(id)?.waiting ?? 0),
      }));
    }),
    registrationById: new DataLoader(async (ids) => {
      const rows = await em.find(EventRegistrationEntity, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    waitingListPositionByRegistration: new DataLoader(async (ids) => {
      const rows = await execute<{ id: string; position: string }>(
        `select id, position from (
           select id, row_number() over (partition by event_id order by sequence) as position
           from event_registration
           where status = 'WAITING_LIST' and event_id in (
             select event_id from event_registration where id = any(string_to_array(?, ',')::uuid[]))
         ) waiting where id = any(string_to_array(?, ',')::uuid[])`,
        [ids.join(","), ids.join(",")],
      );
      const byId = new Map(rows.map((row) => [row.id, Number(row.position)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
