import type { EntityManager } from "@mikro-orm/postgresql";
import { findIdPage, type IdPage } from "../common/sql";
import { EVENT_ORDER, eventWhere, type EventCriteria } from "./event.query";

export class EventRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of matching IDs, soonest first, and the number of all matches. */
  findPage(criteria: EventCriteria, limit: number, offset: number): Promise<IdPage> {
    return findIdPage(this.em, "event e", eventWhere(criteria), EVENT_ORDER, limit, offset);
  }
}
