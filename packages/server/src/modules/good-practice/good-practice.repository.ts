import { findIdPage, type IdPage } from "../common/sql";
import type { EntityManager } from "@mikro-orm/postgresql";
import { goodPracticeOrderBy, goodPracticeWhere, type GoodPracticeCriteria } from "./good-practice.query";

export class GoodPracticeRepository {
  constructor(private readonly em: EntityManager) {}

  /** One page of matching IDs (newest first or by relevance), and the number of all matches. */
  /** One page of matching IDs and the number of all matches. */
  findPage(criteria: GoodPracticeCriteria, limit: number, offset: number): Promise<IdPage> {
    return findIdPage(
      this.em,
      "good_practice g",
      goodPracticeWhere(criteria),
      goodPracticeOrderBy(criteria),
      limit,
      offset,
    );
  }
}
