import { buildApiSchema, importTerytFile, type RunningApi } from "@obserwatorium/server";
import fc from "fast-check";
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
import { createTestDatabase, graphqlExchange, startTestApi, type TestDatabase } from "../support/test-hub";
import { signInAs } from "../support/user-session";

/** Mutations that act on the caller's own session: fuzzing them would only sign the fuzzer out. */
const NOT_FUZZED: Record<string, string> = {
  logout: "ends the caller's session",
  logoutEverywhere: "ends every session of the caller",
};
/** Tables a refused request may still write: sessions, sign-in throttling and rate-limit counters. */
const BOOKKEEPING = [
  "user_session",
  "login_throttle",
  "report_attempt",
  "registration_attempt",
  "territorial_unit",
];
/** Error codes that are answers; anything else (INTERNAL_SERVER_ERROR above all) is a defect. */
const ANSWERS = ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND"];
const RUNS_PER_MUTATION = 5;
const REQUEST_TIMEOUT_MS = 15_000;

const uuid = fc.uuid();
const TYPES = [
  "Organization",
  "Service",
  "Document",
  "GoodPractice",
  "Certificate",
  "Event",
  "User",
  "ChangeProposal",
];

const nastyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "x".repeat(200_000),
    "'; drop table organization; --",
    '<script>alert("x")</script>',
    "🙂‍↔️ zażółć gęślą jaźń",
    "\u202e\u200b\ufeff",
    "../../etc/passwd",
  ),
);

const malformedId = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TYPES), uuid)
    .map(([type, id]) => Buffer.from(`${type}:${id}`).toString("base64url")),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom(
    "",
    "Og",
    Buffer.from("Organization:not-a-uuid").toString("base64url"),
    "%%%",
    "a".repeat(5000),
  ),
);

const isoDay = fc
  .date({ min: new Date("1900-01-01"), max: new Date("2200-12-31"), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

const SCALARS: Record<string, fc.Arbitrary<unknown>> = {
  String: nastyText,
  ID: malformedId,
  Int: fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648)),
  Float: fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1),
  ),
  Boolean: fc.boolean(),
  Date: fc.oneof(isoDay, fc.constantFrom("2026-02-30", "0000-01-01", "9999-12-31", "", "jutro")),
  DateTime: fc.oneof(
    isoDay.map((day) => `${day}T10:00:00.000Z`),
    fc.constantFrom("2026-13-01T00:00:00Z", "2026-03-29T02:30", "", "teraz"),
  ),
};

/** Why a response is a defect: a server error, or an error code that is not an answer. */
function defectOf(status: number, errors: readonly { extensions?: Record<string, unknown> }[] | undefined) {
  const unexpected = (errors ?? [])
    .map((error) => String(error.extensions?.code))
    .filter((code) => !ANSWERS.includes(code));
  return status >= 500 || unexpected.length > 0 ? `HTTP ${status} ${JSON.stringify(errors)}` : null;
}

/** Values of an input type that GraphQL accepts (so that they reach the resolver), nasty inside. */
function arbitraryOf(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return arbitraryOf(type.ofType, depth);
  if (isListType(type))
    return fc.array(arbitraryOf(type.ofType, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.value));
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return fc.record(
      Object.fromEntries(fields.map((field) => [field.name, arbitraryOf(field.type, depth + 1)])),
      { requiredKeys: required.map((field) => field.name) },
    );
  }
  if (isScalarType(type)) {
    const scalar = SCALARS[type.name];
    if (!scalar) throw new Error(`No arbitrary for scalar ${type.name}: add one`);
    return scalar;
  }
  throw new Error(`Unexpected input type ${String(type)}`);
}

function callOf(field: GraphQLField<unknown, unknown>, operation: "mutation" | "query" = "mutation") {
  const declarations = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const uses = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const payload = getNamedType(field.type);
  const selection = !isObjectType(payload)
    ? ""
    : "userErrors" in payload.getFields()
      ? " { __typename userErrors { field message } }"
      : " { __typename }";
  const query = `${operation}${declarations ? ` (${declarations})` : ""} { ${field.name}${uses ? `(${uses})` : ""}${selection} }`;
  const required = field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name);
  const variables = fc.record(
    Object.fromEntries(field.args.map((arg) => [arg.name, arbitraryOf(arg.type)])),
    { requiredKeys: required },
  );
  return { query, variables };
}

let database: TestDatabase;
let api: RunningApi;
let mutations: GraphQLField<unknown, unknown>[];
let queries: GraphQLField<unknown, unknown>[];
let admin: Record<string, string>;

async function fingerprint(): Promise<string> {
  const { rows } = await database.pool.query<{ name: string; hash: string | null }>(
    `select c.relname as name,
        (xpath('/row/h/text()', query_to_xml(format('select md5(string_agg(t::text, ''|'' order by t::text)) as h from %I t', c.relname), false, true, '')))[1]::text as hash
     from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind = 'r' and not (c.relname = any($1))
     order by c.relname`,
    [BOOKKEEPING],
  );
  return rows.map((row) => `${row.name}:${row.hash}`).join("\n");
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  await insertOrganizationRow(database.pool, { slug: "fundacja-fuzz" });
  admin = (await signInAs(database, api, "ADMIN")).headers;
  const schema = await buildApiSchema();
  mutations = Object.values(schema.getMutationType()!.getFields()).filter(
    (mutation) => !(mutation.name in NOT_FUZZED),
  );
  queries = Object.values(schema.getQueryType()!.getFields());
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("every mutation under random input", () => {
  it("answers with an error or userErrors, never an internal error or a hang, and a refusal writes nothing", async () => {
    const defects: string[] = [];
    for (const mutation of mutations) {
      const { query, variables } = callOf(mutation);
      await fc
        .assert(
          fc.asyncProperty(variables, async (values) => {
            const before = await fingerprint();
            const { status, body } = await graphqlExchange<Record<string, { userErrors?: unknown[] } | null>>(
              api,
              query,
              values as Record<string, unknown>,
              admin,
              AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            );
            const codes = (body.errors ?? []).map((error) => String(error.extensions?.code));
            const unexpected = codes.filter((code) => !ANSWERS.includes(code));
            if (status >= 500 || unexpected.length > 0) {
              defects.push(
                `${mutation.name}: HTTP ${status} ${JSON.stringify(body.errors)} for ${JSON.stringify(values).slice(0, 300)}`,
              );
              return false;
            }
            const payload = body.data?.[mutation.name];
            const refused = codes.length > 0 || (payload?.userErrors?.length ?? 0) > 0;
            if (refused && (await fingerprint()) !== before) {
              defects.push(
                `${mutation.name}: refused but wrote, for ${JSON.stringify(values).slice(0, 300)}`,
              );
              return false;
            }
            return true;
          }),
          { numRuns: RUNS_PER_MUTATION, seed: 20261122, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(defects).toEqual([]);
    expect(mutations.length).toBeGreaterThan(40);
  });

  it("answers every query and list filter with data or a clear error, anonymous or signed in", async () => {
    const defects: string[] = [];
    for (const field of queries) {
      const { query, variables } = callOf(field, "query");
      await fc
        .assert(
          fc.asyncProperty(variables, fc.boolean(), async (values, signedIn) => {
            const { status, body } = await graphqlExchange(
              api,
              query,
              values as Record<string, unknown>,
              signedIn ? admin : {},
              AbortSignal.timeout(REQUEST_TIMEOUT_MS),
            );
            const defect = defectOf(status, body.errors);
            if (defect) defects.push(`${field.name}: ${defect} for ${JSON.stringify(values).slice(0, 300)}`);
            return defect === null;
          }),
          { numRuns: RUNS_PER_MUTATION, seed: 20261122, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(defects).toEqual([]);
    expect(queries.length).toBeGreaterThan(20);
  });
});
