import { composeServices } from "@apollo/composition";
import { ApolloGateway, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginInlineTraceDisabled } from "@apollo/server/plugin/disabled";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

// This hub's subgraph composed with a second, independent subgraph ("funding", a register of grants
// as another body would run it) behind an Apollo Gateway, as a national gateway would compose them.

interface Grant {
  title: string;
  amountPln: number;
  organizationId: string;
  serviceId: string | null;
  gminaCode: string;
}

const FUNDING_SDL = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query { grants: [Grant!]! }

  type Grant {
    title: String!
    amountPln: Int!
    "Null when the hub does not show the organization to the caller"
    organization: Organization
    service: Service
  }

  type Organization @key(fields: "id") { id: ID! grants: [Grant!]! }
  type Service @key(fields: "id", resolvable: false) { id: ID! }
  type TerritorialUnit @key(fields: "code") { code: String! grantsTotalPln: Int! }
`);

const grants: Grant[] = [];

const fundingSchema = buildSubgraphSchema([
  {
    typeDefs: FUNDING_SDL,
    resolvers: {
      Query: { grants: () => grants },
      Grant: {
        organization: (grant: Grant) => ({ __typename: "Organization", id: grant.organizationId }),
        service: (grant: Grant) => grant.serviceId && { __typename: "Service", id: grant.serviceId },
      },
      Organization: {
        __resolveReference: (reference: { id: string }) => reference,
        grants: ({ id }: { id: string }) => grants.filter((grant) => grant.organizationId === id),
      },
      TerritorialUnit: {
        __resolveReference: (reference: { code: string }) => reference,
        grantsTotalPln: ({ code }: { code: string }) =>
          grants.filter((g) => g.gminaCode.startsWith(code)).reduce((sum, g) => sum + g.amountPln, 0),
      },
    },
  },
]);

const sql = new SqlCounter();
let database: TestDatabase;
let api: RunningApi;
let subgraphUrl: string;
let funding: ApolloServer;
let gateway: ApolloServer<{ authorization?: string }>;
let editor: Record<string, string>;
let hints: string[];
const ids = { published: "", draft: "", service: "", draftService: "" };

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");

/** A POST straight to this hub's subgraph, as the gateway sends it. */
async function subgraphRequest<TData>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(subgraphUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: TData;
      errors?: { message: string; extensions?: { code?: string } }[];
      extensions?: { cost?: { requested: number } };
    },
  };
}

async function throughGateway<TData>(query: string, authorization?: string) {
  const response = await gateway.executeOperation<TData>({ query }, { contextValue: { authorization } });
  if (response.body.kind !== "single") throw new Error("Expected a single result");
  return response.body.singleResult;
}

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { federationSubgraph: true });
  subgraphUrl = api.subgraphUrl!;
  editor = await signInEditor(database, api);

  const { pool } = database;
  const published = await insertOrganizationRow(pool, { slug: "spoldzielnia-lapy" });
  const draft = await insertOrganizationRow(pool, { slug: "szkic", publicationState: "DRAFT" });
  ids.published = globalId("Organization", published);
  ids.draft = globalId("Organization", draft);
  const service = (slug: string, publicationState: string) =>
    insertServiceRow(pool, { slug, serviceType: "SENIOR_CLUB", providerId: published, publicationState });
  ids.service = globalId("Service", await service("klub-seniora", "PUBLISHED"));
  ids.draftService = globalId("Service", await service("szkic-uslugi", "DRAFT"));
  grants.push(
    {
      title: "Catering dla seniorów",
      amountPln: 120_000,
      organizationId: ids.published,
      serviceId: ids.service,
      gminaCode: "2061011",
    },
    {
      title: "Wyposażenie kuchni",
      amountPln: 30_000,
      organizationId: ids.published,
      serviceId: null,
      gminaCode: "2002063",
    },
    {
      title: "Grant dla szkicu",
      amountPln: 5_000,
      organizationId: ids.draft,
      serviceId: ids.draftService,
      gminaCode: "2002063",
    },
  );

  const fundingServer = new ApolloServer({
    schema: fundingSchema,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const { url: fundingUrl } = await startStandaloneServer(fundingServer, {
    listen: { port: 0, host: "127.0.0.1" },
  });
  funding = fundingServer;

  // What `rover subgraph introspect` reads: the SDL the running hub serves.
  const served = await subgraphRequest<{ _service: { sdl: string } }>(`{ _service { sdl } }`);
  const composition = composeServices([
    { name: "podlaskie", typeDefs: parse(served.body.data!._service.sdl), url: subgraphUrl },
    { name: "funding", typeDefs: FUNDING_SDL, url: fundingUrl },
  ]);
  if (composition.errors) throw new Error(composition.errors.map((error) => error.message).join("\n"));
  hints = composition.hints.map((hint) => `${hint.definition.code}: ${hint.message}`);
  gateway = new ApolloServer<{ authorization?: string }>({
    gateway: new ApolloGateway({
      supergraphSdl: composition.supergraphSdl,
      // The gateway passes the caller's credentials on, so the hub applies its own visibility.
      buildService: ({ url }) =>
        new RemoteGraphQLDataSource<{ authorization?: string }>({
          url,
          willSendRequest: ({ request, context }) => {
            if (context.authorization) request.http?.headers.set("authorization", context.authorization);
          },
        }),
    }),
  });
  await gateway.start();
});

afterAll(async () => {
  await gateway?.stop();
  await funding?.stop();
  await api?.stop();
  await database?.drop();
});

describe("composition", () => {
  it("composes the hub's subgraph with another subgraph without errors or hints", () => {
    expect(hints).toEqual([]);
  });

  it("keeps federation out of /graphql", async () => {
    const response = await graphqlRequest(api, `{ _service { sdl } }`);
    expect(response.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});

describe("queries across both subgraphs", () => {
  it("adds grants from the other subgraph to the hub's organizations and TERYT units", async () => {
    const result = await throughGateway(`{
      organizations(first: 10) { edges { node { name grants { title amountPln } } } }
      territorialUnit(code: "20") { name grantsTotalPln }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      organizations: {
        edges: [
          {
            node: {
              name: "Organizacja spoldzielnia-lapy",
              grants: [
                { title: "Catering dla seniorów", amountPln: 120_000 },
                { title: "Wyposażenie kuchni", amountPln: 30_000 },
              ],
            },
          },
        ],
      },
      territorialUnit: { name: "podlaskie", grantsTotalPln: 155_000 },
    });
  });

  it("starts at the other subgraph and takes organizations and services from the hub, published only", async () => {
    const query = `{ grants { title organization { name seatGmina { name } } service { title provider { name } } } }`;
    const anonymous = await throughGateway(query);
    expect(anonymous.data).toEqual({
      grants: [
        {
          title: "Catering dla seniorów",
          organization: { name: "Organizacja spoldzielnia-lapy", seatGmina: { name: "Łapy" } },
          service: { title: "klub-seniora", provider: { name: "Organizacja spoldzielnia-lapy" } },
        },
        {
          title: "Wyposażenie kuchni",
          organization: { name: "Organizacja spoldzielnia-lapy", seatGmina: { name: "Łapy" } },
          service: null,
        },
        { title: "Grant dla szkicu", organization: null, service: null },
      ],
    });
    const asEditor = await throughGateway<{ grants: { organization: { name: string } | null }[] }>(
      query,
      editor.authorization,
    );
    expect(asEditor.data?.grants[2]?.organization).toMatchObject({ name: "Organizacja szkic" });
  });
});

describe("_entities on the hub's subgraph", () => {
  const ENTITIES = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Organization { name }
      ... on Service { title }
      ... on TerritorialUnit { name }
    }
  }`;

  it("loads many representations with one query per entity type", async () => {
    sql.reset();
    const { body } = await subgraphRequest(ENTITIES, {
      representations: [
        { __typename: "Organization", id: ids.published },
        { __typename: "Service", id: ids.service },
        { __typename: "TerritorialUnit", code: "2061011" },
        { __typename: "Organization", id: ids.draft },
        { __typename: "TerritorialUnit", code: "2002063" },
        { __typename: "Service", id: ids.draftService },
      ],
    });
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({
      _entities: [
        { name: "Organizacja spoldzielnia-lapy" },
        { title: "klub-seniora" },
        { name: "Białystok" },
        null,
        { name: "Łapy" },
        null,
      ],
    });
    const selects = sql.selects();
    expect(selects.filter((statement) => /from "organization"/.test(statement))).toHaveLength(1);
    expect(selects.filter((statement) => /from "territorial_unit"/.test(statement))).toHaveLength(1);
    expect(selects.filter((statement) => /from service s\b/.test(statement))).toHaveLength(1);
  });

  it("gives drafts to staff only", async () => {
    const representations = [
      { __typename: "Organization", id: ids.draft },
      { __typename: "Service", id: ids.draftService },
    ];
    const anonymous = await subgraphRequest(ENTITIES, { representations });
    expect(anonymous.body.data).toEqual({ _entities: [null, null] });
    const asEditor = await subgraphRequest(ENTITIES, { representations }, editor);
    expect(asEditor.body.data).toEqual({
      _entities: [{ name: "Organizacja szkic" }, { title: "szkic-uslugi" }],
    });
  });

  it("refuses a representation whose key is not an ID of that type, naming the argument", async () => {
    const { body } = await subgraphRequest(ENTITIES, {
      representations: [{ __typename: "Organization", id: ids.service }],
    });
    expect(body.errors?.[0]).toMatchObject({
      message: "representations: is not the ID of a Organization",
      extensions: { code: "BAD_USER_INPUT" },
    });
  });

  it("charges one item per representation and refuses what is over the cost limit, before any SQL", async () => {
    const query = `query ($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on TerritorialUnit { children { children { code } } } }
    }`;
    const units = (count: number) =>
      Array.from({ length: count }, () => ({ __typename: "TerritorialUnit", code: "20" }));
    const small = await subgraphRequest(query, { representations: units(2) });
    expect(small.body.extensions?.cost?.requested).toBe(2 * (1 + 10 * (1 + 10)));

    sql.reset();
    const large = await subgraphRequest(query, { representations: units(50) });
    expect(large.status).toBe(400);
    expect(large.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(sql.selects()).toEqual([]);
  });
});
