import { randomUUID } from "node:crypto";
import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { serviceInput } from "../factories/service-input";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { signInAs, type SignedInUser } from "../support/user-session";

const sql = new SqlCounter();

let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;

const PROPOSALS = `query ($first: Int!) { changeProposals(first: $first) {
  edges { node { targetType diff { field before after } } } } }`;

async function insertProposal(
  targetType: "ORGANIZATION" | "SERVICE",
  targetId: string,
  organizationId: string,
) {
  const values =
    targetType === "ORGANIZATION"
      ? organizationInput({ name: `Nowa nazwa ${targetId.slice(0, 8)}`, nip: null, regon: null, krs: null })
      : serviceInput(null, { title: `Nowy tytuł ${targetId.slice(0, 8)}` });
  await database.pool.query(
    `insert into change_proposal (id, target_type, target_id, is_new_record, organization_id, proposed_values,
       author_user_id, created_at)
     values ($1, $2, $3, false, $4, $5, $6, now())`,
    [randomUUID(), targetType, targetId, organizationId, JSON.stringify(values), editor.id],
  );
}

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInAs(database, api, "EDITOR");
  for (let i = 0; i < 20; i++) {
    const organizationId = await insertOrganizationRow(database.pool, { slug: `podmiot-${i}` });
    const serviceId = await insertServiceRow(database.pool, {
      slug: `usluga-${i}`,
      serviceType: "SENIOR_CLUB",
      providerId: organizationId,
      areaCodes: ["2002063"],
      locations: [{ gminaCode: "2002063", hours: [[1, "10:00", "14:00"]] }],
    });
    await insertProposal("ORGANIZATION", organizationId, organizationId);
    await insertProposal("SERVICE", serviceId, organizationId);
  }
});
afterAll(async () => {
  await api.stop();
  await database.drop();
});

async function selectsForPage(first: number) {
  sql.reset();
  const response = await graphqlRequest<{
    changeProposals: { edges: { node: { targetType: string; diff: { field: string }[] } }[] };
  }>(api, PROPOSALS, { first }, editor.headers);
  expect(response.errors).toBeUndefined();
  const nodes = response.data!.changeProposals.edges.map((edge) => edge.node);
  expect(nodes).toHaveLength(first);
  return { nodes, selects: sql.selects() };
}

it("the diffs of a page of proposals cost a fixed number of queries, however many proposals", async () => {
  const small = await selectsForPage(4);
  const large = await selectsForPage(40);
  // Every diff shows the proposed title or name against the stored one.
  for (const node of large.nodes) {
    expect(node.diff.map((change) => change.field)).toContain(
      node.targetType === "ORGANIZATION" ? "name" : "title",
    );
  }
  expect(large.selects.length).toBe(small.selects.length);
  // Session, proposals page and count; services and organizations; their locations, areas, offerings,
  // organization areas, opening hours and exceptions: one query each.
  expect(large.selects).toHaveLength(11);
});
