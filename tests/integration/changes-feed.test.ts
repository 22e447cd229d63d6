import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
const ids: Record<string, string> = {};

const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString("base64url");

const CHANGES = `query ($since: String, $first: Int, $types: [ChangedRecordType!]) {
  changes(since: $since, first: $first, types: $types) {
    changes { recordType recordId change cursor changedAt } nextCursor hasMore } }`;

interface Feed {
  changes: { recordType: string; recordId: string; change: string; cursor: string }[];
  nextCursor: string;
  hasMore: boolean;
}

async function changes(variables: Record<string, unknown> = {}): Promise<Feed> {
  const response = await graphqlRequest<{ changes: Feed }>(api, CHANGES, variables);
  expect(response.errors).toBeUndefined();
  return response.data!.changes;
}

const summary = (feed: Feed) => feed.changes.map(({ recordId, change }) => [recordId, change]);

async function editorMutation(name: "publishOrganization" | "archiveOrganization", uuid: string) {
  const response = await graphqlRequest<Record<string, { userErrors: unknown[] }>>(
    api,
    `mutation ($id: ID!) { ${name}(id: $id) { userErrors { field message } } }`,
    { id: globalId("Organization", uuid) },
    editor,
  );
  expect(response.data?.[name]?.userErrors).toEqual([]);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInEditor(database, api);
  for (const slug of ["alfa", "beta", "gamma"])
    ids[slug] = await insertOrganizationRow(database.pool, { slug, publicationState: "DRAFT" });
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("the change feed", () => {
  let afterPublishing: string;

  it("reports published records in the order of their changes, a page at a time", async () => {
    await editorMutation("publishOrganization", ids.alfa!);
    await editorMutation("publishOrganization", ids.gamma!);
    const first = await changes({ first: 1 });
    expect(summary(first)).toEqual([[globalId("Organization", ids.alfa!), "UPDATED"]]);
    expect(first.hasMore).toBe(true);
    const second = await changes({ since: first.nextCursor, first: 1 });
    expect(summary(second)).toEqual([[globalId("Organization", ids.gamma!), "UPDATED"]]);
    const nothingNew = await changes({ since: second.nextCursor });
    expect(nothingNew).toEqual({ changes: [], nextCursor: second.nextCursor, hasMore: false });
    afterPublishing = second.nextCursor;
  });

  it("never shows changes to drafts, yet moves past them", async () => {
    await database.pool.query(
      `insert into audit_entry (action, entity_type, entity_id, before, after)
       values ('ORGANIZATION_UPDATED', 'Organization', $1, '{}', '{}')`,
      [ids.beta],
    );
    const feed = await changes({ since: afterPublishing });
    expect(feed.changes).toEqual([]);
    expect(feed.nextCursor).not.toBe(afterPublishing);
    afterPublishing = feed.nextCursor;
  });

  it("reports an archived record as deleted, and hides its earlier changes from new readers", async () => {
    await editorMutation("archiveOrganization", ids.alfa!);
    expect(summary(await changes({ since: afterPublishing }))).toEqual([
      [globalId("Organization", ids.alfa!), "DELETED"],
    ]);
    expect(summary(await changes())).toEqual([
      [globalId("Organization", ids.gamma!), "UPDATED"],
      [globalId("Organization", ids.alfa!), "DELETED"],
    ]);
    expect((await changes({ types: ["Service", "Event"] })).changes).toEqual([]);
  });

  it("refuses a cursor it did not give and page sizes out of range", async () => {
    for (const [variables, field] of [
      [{ since: "not-a-cursor" }, "since"],
      [{ since: Buffer.from("change:1; drop table").toString("base64url") }, "since"],
      [{ first: 0 }, "first"],
      [{ first: 101 }, "first"],
    ] as const) {
      const response = await graphqlRequest(api, CHANGES, variables);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    }
  });
});
