import { buildApiSchema, importTerytFile, type RunningApi } from "@obserwatorium/server";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { signInAs, type SignedInUser } from "../support/user-session";

/**
 * Who may call each mutation. Every mutation of the schema must be listed: a new one fails this
 * test until its guard is decided here (and tested below for every caller who must be refused).
 */
type Guard =
  | { public: string } // anyone, anonymous included; the reason says why
  | "SIGNED_IN" // any role
  | "STAFF" // EDITOR or ADMIN (a bare @Authorized())
  | "ADMIN"
  | "ORGANIZATION_REP"; // representatives (and ADMIN, who passes every check)

const GUARDS: Record<string, Guard> = {
  login: {
    public: "signing in is how an anonymous caller gets a session (throttled per e-mail and address)",
  },
  logout: { public: "ends the caller's own session, if any; harmless without one" },
  acceptInvitation: { public: "the invitee has no account yet: the one-time token is the credential" },
  reportOutdated: {
    public: "residents report outdated service information without an account (rate-limited)",
  },
  register: {
    public: "anyone may register for a published event while registration is open (rate-limited per address)",
  },
  cancelRegistration: {
    public: "the registrant has no account: the private cancellation token from register is the credential",
  },
  logoutEverywhere: "SIGNED_IN",
  createUser: "ADMIN",
  inviteUser: "ADMIN",
  endUserSessions: "ADMIN",
  deactivateUser: "ADMIN",
  reactivateUser: "ADMIN",
  createApiKey: "ADMIN",
  revokeApiKey: "ADMIN",
  proposeOrganizationChange: "ORGANIZATION_REP",
  proposeServiceChange: "ORGANIZATION_REP",
  acceptChangeProposal: "STAFF",
  rejectChangeProposal: "STAFF",
  createOrganization: "STAFF",
  updateOrganization: "STAFF",
  publishOrganization: "STAFF",
  archiveOrganization: "STAFF",
  verifyOrganization: "STAFF",
  addSocialEnterpriseDecision: "STAFF",
  importOrganizationsCsv: "STAFF",
  issueCertificate: "STAFF",
  renewCertificate: "STAFF",
  revokeCertificate: "STAFF",
  createService: "STAFF",
  updateService: "STAFF",
  publishService: "STAFF",
  archiveService: "STAFF",
  verifyService: "STAFF",
  importServicesCsv: "STAFF",
  resolveServiceReport: "STAFF",
  createGoodPractice: "STAFF",
  updateGoodPractice: "STAFF",
  publishGoodPractice: "STAFF",
  archiveGoodPractice: "STAFF",
  createDocument: "STAFF",
  updateDocument: "STAFF",
  publishDocument: "STAFF",
  archiveDocument: "STAFF",
  importIndicatorValues: "STAFF",
  createIndicator: "STAFF",
  updateIndicator: "STAFF",
  setIndicatorValue: "STAFF",
  deleteIndicatorValue: "STAFF",
  createEvent: "STAFF",
  updateEvent: "STAFF",
  publishEvent: "STAFF",
  archiveEvent: "STAFF",
  cancelRegistrationByEditor: "STAFF",
};

type Caller = "anonymous" | "ORGANIZATION_REP" | "EDITOR" | "READ_DRAFTS key" | "WRITE key";

/**
 * The callers each guard must refuse, with the error code they get. API keys (an administrator's)
 * write only with WRITE, and then no more than an editor, and never on their creator's account.
 */
function refusedCallers(guard: Guard): [Caller, "UNAUTHENTICATED" | "FORBIDDEN"][] {
  if (typeof guard === "object") return [];
  const refused: [Caller, "UNAUTHENTICATED" | "FORBIDDEN"][] = [
    ["anonymous", "UNAUTHENTICATED"],
    ["READ_DRAFTS key", "FORBIDDEN"],
  ];
  if (guard === "STAFF" || guard === "ADMIN") refused.push(["ORGANIZATION_REP", "FORBIDDEN"]);
  if (guard === "ADMIN" || guard === "ORGANIZATION_REP") refused.push(["EDITOR", "FORBIDDEN"]);
  if (guard !== "STAFF") refused.push(["WRITE key", "FORBIDDEN"]);
  return refused;
}

const A_UUID = "5b0c6a43-5d0e-4c7b-9a55-3f1d2e6b7a10";

/** The smallest value of an input type that GraphQL accepts: required fields only, empty lists. */
function minimalValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return minimalValue(type.ofType);
  if (isListType(type)) return [];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, minimalValue(field.type)]),
    );
  }
  if (isScalarType(type)) {
    const scalars: Record<string, unknown> = {
      String: "x",
      ID: Buffer.from(`Organization:${A_UUID}`).toString("base64url"),
      Int: 1,
      Float: 1,
      Boolean: false,
      Date: "2026-01-01",
      DateTime: "2026-01-01T00:00:00.000Z",
    };
    if (!(type.name in scalars)) throw new Error(`No minimal value for scalar ${type.name}: add one`);
    return scalars[type.name];
  }
  throw new Error(`Unexpected input type ${String(type)}`);
}

/** `mutation ($a: T!) { name(a: $a) { __typename } }` with minimal values for its required arguments. */
function minimalCall(field: GraphQLField<unknown, unknown>) {
  const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const uses = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  return {
    query: `mutation${declarations ? ` (${declarations})` : ""} { ${field.name}${uses ? `(${uses})` : ""}${selection} }`,
    variables: Object.fromEntries(args.map((arg) => [arg.name, minimalValue(arg.type)])),
  };
}

let database: TestDatabase;
let api: RunningApi;
let mutations: GraphQLField<unknown, unknown>[];
const callers: Partial<Record<Caller, SignedInUser>> = {};

/**
 * A fingerprint of every row the API could write (sessions and API keys aside, whose last use each
 * request may touch; creating or revoking a key also writes the audit log, which is covered).
 */
async function databaseFingerprint(): Promise<string> {
  const { rows: tables } = await database.pool.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE'
        and table_name not in ('user_session', 'api_key', 'territorial_unit') order by table_name`,
  );
  const parts = await Promise.all(
    tables.map(async ({ name }) => {
      // Table names come from the catalogue, not from input.
      const { rows } = await database.pool.query<{ hash: string | null; n: number }>(
        `select md5(string_agg(t::text, '|' order by t::text)) as hash, count(*)::int as n from "${name}" t`,
      );
      return `${name}:${rows[0]!.n}:${rows[0]!.hash}`;
    }),
  );
  return parts.join("\n");
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  const organizationId = await insertOrganizationRow(database.pool, { slug: "fundacja-straz" });
  callers.ORGANIZATION_REP = await signInAs(database, api, "ORGANIZATION_REP", { organizationId });
  callers.EDITOR = await signInAs(database, api, "EDITOR");
  const admin = await signInAs(database, api, "ADMIN");
  for (const scope of ["READ_DRAFTS", "WRITE"] as const) {
    const created = await graphqlRequest<{ createApiKey: { key: string } }>(
      api,
      `mutation ($scope: ApiKeyScope!) { createApiKey(input: { name: "k", partner: "p", scopes: [$scope] }) { key } }`,
      { scope },
      admin.headers,
    );
    callers[`${scope} key`] = { id: "", email: "", headers: { "x-api-key": created.data!.createApiKey.key } };
  }
  const mutationType = (await buildApiSchema()).getMutationType();
  mutations = Object.values(mutationType!.getFields());
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("every mutation is guarded", () => {
  it("has an entry in the expectations table for every mutation of the schema, and no stale one", () => {
    const names = mutations.map((mutation) => mutation.name).sort();
    expect(
      names.filter((name) => !(name in GUARDS)),
      "mutations without a decided guard",
    ).toEqual([]);
    expect(
      Object.keys(GUARDS).filter((name) => !names.includes(name)),
      "entries for no mutation",
    ).toEqual([]);
    expect(mutations.length).toBeGreaterThan(30);
  });

  it("refuses every caller a mutation's guard excludes, and writes nothing", async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const mutation of mutations) {
      const guard = GUARDS[mutation.name];
      if (!guard) continue; // reported by the test above
      const { query, variables } = minimalCall(mutation);
      const refused = refusedCallers(guard);
      // One fingerprint per mutation, not per caller: the suite's slowest part.
      const before = refused.length > 0 ? await databaseFingerprint() : "";
      for (const [caller, code] of refused) {
        const headers = caller === "anonymous" ? {} : callers[caller]!.headers;
        const response = await graphqlRequest<Record<string, unknown>>(api, query, variables, headers);
        const got = response.errors?.[0]?.extensions?.code ?? "no error";
        if (got !== code) failures.push(`${mutation.name} as ${caller}: expected ${code}, got ${got}`);
        if (response.data?.[mutation.name] != null)
          failures.push(`${mutation.name} as ${caller}: returned data`);
        checked++;
      }
      if (refused.length > 0 && (await databaseFingerprint()) !== before) {
        failures.push(
          `${mutation.name}: a refused caller (${refused.map(([caller]) => caller).join(", ")}) wrote rows`,
        );
      }
    }
    // A malformed call would fail here too: GraphQL validation answers before any guard runs.
    expect(failures).toEqual([]);
    // Anonymous for every guarded mutation, representatives for staff and admin ones, editors for
    // admin and representative ones: a guard table emptied by mistake would not pass quietly.
    expect(checked).toBeGreaterThan(60);
  });
});
