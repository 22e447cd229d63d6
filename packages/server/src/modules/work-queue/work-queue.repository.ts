import type { EntityManager } from "@mikro-orm/postgresql";

/** One queue: which rows of a table wait, in which order. Text written here, never user input. */
interface QueueQuery {
  from: string;
  where: string;
  orderBy: string;
  /** How many times `where` binds "today". */
  todayParams: number;
}

const QUEUES = {
  pendingProposals: {
    from: "change_proposal q",
    where: "q.status = 'PENDING'",
    orderBy: "q.created_at, q.id",
    todayParams: 0,
  },
  outdatedReports: {
    from: "service_report q",
    where: "q.resolved_at is null",
    orderBy: "q.created_at, q.id",
    todayParams: 0,
  },
  // The same rule as isStaleOn: not verified on or after the same day a year ago (29 Feb → 28 Feb).
  unverifiedServices: {
    from: "service q",
    where: `q.publication_state = 'PUBLISHED'
      and (q.last_verified_at is null or q.last_verified_at < (?::date - interval '1 year')::date)`,
    orderBy: "q.last_verified_at nulls first, q.title, q.id",
    todayParams: 1,
  },
  unverifiedOrganizations: {
    from: "organization q",
    where: `q.publication_state = 'PUBLISHED'
      and (q.last_verified_at is null or q.last_verified_at < (?::date - interval '1 year')::date)`,
    orderBy: "q.last_verified_at nulls first, q.name, q.id",
    todayParams: 1,
  },
  expiringCertificates: {
    from: "certificate q",
    where: "not q.revoked and q.valid_from <= ?::date and q.valid_to between ?::date and ?::date + 30",
    orderBy: "q.valid_to, q.number, q.id",
    todayParams: 3,
  },
  documentsWithoutText: {
    from: "document q",
    where: `q.publication_state <> 'ARCHIVED'
      and (select f.text_state from document_file f where f.document_id = q.id
           order by f.uploaded_at desc, f.id desc limit 1) <> 'EXTRACTED'`,
    orderBy: "q.updated_at, q.id",
    todayParams: 0,
  },
} satisfies Record<string, QueueQuery>;

export type QueueName = keyof typeof QUEUES;
export type QueueHeads = Record<QueueName, { totalCount: number; ids: string[] }>;

/** Every queue's size and first IDs in a single statement, however many queues and items. */
export async function findQueueHeads(em: EntityManager, today: string, first: number): Promise<QueueHeads> {
  const names = Object.keys(QUEUES) as QueueName[];
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const name of names) {
    const { from, where, orderBy, todayParams } = QUEUES[name];
    const whereParams = Array.from({ length: todayParams }, () => today);
    columns.push(`(select count(*) from ${from} where ${where}) as "${name}_total"`);
    columns.push(
      `array(select q.id::text from ${from} where ${where} order by ${orderBy} limit ?) as "${name}_ids"`,
    );
    params.push(...whereParams, ...whereParams, first);
  }
  const [row] = await em
    .getConnection()
    .execute<Record<string, unknown>[]>(`select ${columns.join(",\n")}`, params, "all");
  return Object.fromEntries(
    names.map((name) => [
      name,
      { totalCount: Number(row![`${name}_total`]), ids: row![`${name}_ids`] as string[] },
    ]),
  ) as QueueHeads;
}
