import {
  FileStorage,
  importTerytFile,
  loadDemoDocumentsIfEmpty,
  type RunningApi,
} from "@obserwatorium/server";
import {
  loadDemoEventsIfEmpty,
  loadDemoGoodPractices,
  loadDemoRegistry,
  loadDemoServices,
} from "@obserwatorium/server/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TERYT_FILE } from "../support/paths";
import {
  createTestDatabase,
  graphqlRequest,
  startTestApi,
  testFileStorage,
  type TestDatabase,
} from "../support/test-hub";

const TODAY = "2026-11-22";
let database: TestDatabase;
let api: RunningApi;

/** Where to find the global ID of one public record of every type that implements Node. */
const SAMPLE_IDS: Record<
  string,
  { query: string; pick: (data: Record<string, unknown>) => string | undefined }
> = {
  Organization: connectionSample("organizations"),
  Certificate: connectionSample("certificates"),
  Service: connectionSample("services"),
  GoodPractice: connectionSample("goodPractices"),
  Document: connectionSample("documents"),
  Event: connectionSample("events"),
  DocumentFile: {
    query: `{ documents(first: 20) { edges { node { files { id } } } } }`,
    pick: (data) =>
      (data as { documents: { edges: { node: { files: { id: string }[] } }[] } }).documents.edges.flatMap(
        (edge) => edge.node.files,
      )[0]?.id,
  },
};

function connectionSample(field: string) {
  return {
    query: `{ ${field}(first: 1) { edges { node { id } } } }`,
    pick: (data: Record<string, unknown>) =>
      (data[field] as { edges: { node: { id: string } }[] }).edges[0]?.node.id,
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const em = () => database.orm.em.fork();
  await importTerytFile(em(), TERYT_FILE);
  await loadDemoRegistry(em(), { today: TODAY });
  await loadDemoServices(em(), { today: TODAY });
  await loadDemoGoodPractices(em(), { today: TODAY });
  await loadDemoDocumentsIfEmpty(em(), new FileStorage(testFileStorage()));
  await loadDemoEventsIfEmpty(em(), { today: TODAY });
  api = await startTestApi(database, { today: () => TODAY });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("node(id)", () => {
  it("fetches a record of every type that implements Node by the ID the API gave it", async () => {
    const schema = await graphqlRequest<{ __type: { possibleTypes: { name: string }[] } }>(
      api,
      `{ __type(name: "Node") { possibleTypes { name } } }`,
    );
    const implementations = schema.data!.__type.possibleTypes.map((type) => type.name).sort();
    expect(implementations).toEqual(Object.keys(SAMPLE_IDS).sort());

    for (const typeName of implementations) {
      const sample = SAMPLE_IDS[typeName]!;
      const listed = await graphqlRequest(api, sample.query);
      const id = sample.pick(listed.data!);
      expect(id, `a ${typeName} to fetch`).toBeTruthy();
      const fetched = await graphqlRequest<{ node: { __typename: string; id: string } | null }>(
        api,
        `query ($id: ID!) { node(id: $id) { __typename id } }`,
        { id },
      );
      expect(fetched.errors, typeName).toBeUndefined();
      expect(fetched.data!.node, typeName).toEqual({ __typename: typeName, id });
    }
  });

  it("answers null for an ID of a type that is not a Node, and BAD_USER_INPUT for a forged one", async () => {
    const proposalLike = Buffer.from("ChangeProposal:00000000-0000-4000-8000-000000000000").toString(
      "base64url",
    );
    const query = `query ($id: ID!) { node(id: $id) { id } }`;
    expect((await graphqlRequest(api, query, { id: proposalLike })).data).toEqual({ node: null });
    const forged = await graphqlRequest(api, query, { id: "not-an-id" });
    expect(forged.errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "id" });
  });

  it("hides the file of a draft document from anonymous callers", async () => {
    const { rows } = await database.pool.query<{ id: string }>(
      "select f.id from document_file f join document d on d.id = f.document_id limit 1",
    );
    await database.pool.query(
      "update document set publication_state = 'DRAFT' where id = (select document_id from document_file where id = $1)",
      [rows[0]!.id],
    );
    const id = Buffer.from(`DocumentFile:${rows[0]!.id}`).toString("base64url");
    const response = await graphqlRequest(api, `query ($id: ID!) { node(id: $id) { id } }`, { id });
    expect(response).toEqual({ data: { node: null }, extensions: expect.anything() });
  });
});
