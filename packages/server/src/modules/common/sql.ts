import type { EntityManager } from "@mikro-orm/postgresql";

/** A piece of SQL with its bound parameters; values never go into the text. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

export interface IdPage {
  ids: string[];
  totalCount: number;
}

/**
 * One page of IDs of `from` (a table and its alias, named in code) matching `where` in `orderBy`
 * order, with the number of all matches, in one query (a second only past the last page).
 */
export async function findIdPage(
  em: EntityManager,
  from: string,
  where: SqlFragment,
  orderBy: SqlFragment,
  limit: number,
  offset: number,
): Promise<IdPage> {
  const alias = from.split(" ").at(-1);
  const connection = em.getConnection();
  const rows = await connection.execute<{ id: string; total: string }[]>(
    `select ${alias}.id, count(*) over () as total from ${from}
     where ${where.sql}
     order by ${orderBy.sql}
     limit ? offset ?`,
    [...where.params, ...orderBy.params, limit, offset],
    "all",
  );
  if (rows.length === 0 && offset > 0) {
    const [count] = await connection.execute<{ total: string }[]>(
      `select count(*) as total from ${from} where ${where.sql}`,
      where.params,
      "all",
    );
    return { ids: [], totalCount: Number(count?.total ?? 0) };
  }
  return { ids: rows.map((row) => row.id), totalCount: Number(rows[0]?.total ?? 0) };
}
