import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

// The panel lists records by publication state and opens archived ones; the public never sees them.

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
const ids: Record<"service" | "document" | "goodPractice", string[]> = {
  service: [],
  document: [],
  goodPractice: [],
};

const KINDS = [
  {
    kind: "service",
    create: "createService(input: $input) { service { id } userErrors { field message } }",
    inputType: "ServiceInput",
    archive: "archiveService",
    list: "services",
    one: "service",
    input: (title: string) => ({
      title,
      description: "Opis.",
      serviceType: "MEALS",
      targetGroups: [],
      cost: { kind: "FREE" },
      howToApply: { text: "Zadzwoń." },
      deliveryModes: ["ON_SITE"],
      areaCodes: ["2002063"],
    }),
  },
  {
    kind: "document",
    create: "createDocument(input: $input) { document { id } userErrors { field message } }",
    inputType: "DocumentInput",
    archive: "archiveDocument",
    list: "documents",
    one: "document",
    input: (title: string) => ({ title, kind: "REPORT", stage: "DRAFT" }),
  },
  {
    kind: "goodPractice",
    create: "createGoodPractice(input: $input) { goodPractice { id } userErrors { field message } }",
    inputType: "GoodPracticeInput",
    archive: "archiveGoodPractice",
    list: "goodPractices",
    one: "goodPractice",
    input: (title: string) => ({
      title,
      summary: "Streszczenie.",
      bodyMarkdown: "Opis.",
      serviceAreas: ["SOCIAL_ASSISTANCE"],
      areaCodes: ["2002063"],
      period: { from: "2024" },
    }),
  },
] as const;

async function listIds(list: string, states: string[] | null, headers: Record<string, string>) {
  const response = await graphqlRequest<Record<string, { edges: { node: { id: string } }[] }>>(
    api,
    `query ($states: [PublicationState!]) { ${list}(first: 50, filter: { publicationStates: $states }) { edges { node { id } } } }`,
    { states },
    headers,
  );
  expect(response.errors).toBeUndefined();
  return response.data![list]!.edges.map((edge) => edge.node.id).sort();
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInEditor(database, api);
  for (const kind of KINDS) {
    for (const title of ["Szkic", "Archiwalny"]) {
      const response = await graphqlRequest<Record<string, Record<string, { id: string } | null>>>(
        api,
        `mutation ($input: ${kind.inputType}!) { ${kind.create} }`,
        { input: kind.input(`${title} ${kind.kind}`) },
        editor,
      );
      const payload = Object.values(response.data ?? {})[0];
      const record = payload?.[kind.one];
      if (!record) throw new Error(JSON.stringify(response));
      ids[kind.kind].push(record.id);
    }
    const archived = await graphqlRequest(
      api,
      `mutation ($id: ID!) { ${kind.archive}(id: $id) { userErrors { message } } }`,
      { id: ids[kind.kind][1] },
      editor,
    );
    expect(archived.errors).toBeUndefined();
  }
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe.each(KINDS)("$list by publication state", ({ kind, list, one }) => {
  it("gives editors the states they ask for, drafts and published ones by default", async () => {
    const [draft, archived] = ids[kind];
    expect(await listIds(list, ["ARCHIVED"], editor)).toEqual([archived]);
    expect(await listIds(list, ["DRAFT", "ARCHIVED"], editor)).toEqual([draft, archived].sort());
    expect(await listIds(list, null, editor)).toEqual([draft]);
  });

  it("ignores the states for the public, who see published records only", async () => {
    expect(await listIds(list, ["ARCHIVED", "DRAFT"], {})).toEqual([]);
  });

  it("opens an archived record by its id for editors only", async () => {
    const archived = ids[kind][1]!;
    const query = `query ($id: ID!) { ${one}(id: $id) { id publicationState } }`;
    const forEditor = await graphqlRequest<Record<string, unknown>>(api, query, { id: archived }, editor);
    expect(forEditor.data).toEqual({ [one]: { id: archived, publicationState: "ARCHIVED" } });
    const forPublic = await graphqlRequest<Record<string, unknown>>(api, query, { id: archived });
    expect(forPublic.data).toEqual({ [one]: null });
  });
});
