import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertIndicatorRow } from "../factories/indicator-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;

const DEFINITION = {
  name: "  Liczba klubów seniora  ",
  programme: "OZPS",
  area: null,
  unit: "liczba",
  definition: "Kluby działające na koniec roku",
  source: "Sprawozdania gmin",
  direction: "HIGHER_IS_BETTER",
};

const CREATE = `mutation ($code: String!, $input: IndicatorInput!) {
  createIndicator(code: $code, input: $input) { indicator { code name unit programme direction } userErrors { field message } } }`;
const UPDATE = `mutation ($code: String!, $input: IndicatorInput!) {
  updateIndicator(code: $code, input: $input) { indicator { code name definition } userErrors { field message } } }`;
const SET_VALUE = `mutation ($input: IndicatorValueInput!) {
  setIndicatorValue(input: $input) {
    indicatorValue { indicatorCode year value baseline target note isDemo territorialUnit { code } }
    userErrors { field message } } }`;
const DELETE_VALUE = `mutation ($code: String!, $unit: String!, $year: Int!) {
  deleteIndicatorValue(indicatorCode: $code, territorialUnitCode: $unit, year: $year) { deleted userErrors { field message } } }`;

type Payload = { userErrors: { field: string[]; message: string }[] } & Record<string, unknown>;

async function mutate(query: string, variables: Record<string, unknown>): Promise<Payload> {
  const response = await graphqlRequest<Record<string, Payload>>(api, query, variables, editor);
  expect(response.errors).toBeUndefined();
  return Object.values(response.data!)[0]!;
}

const fieldsOf = (payload: Payload) => payload.userErrors.map((error) => error.field.join("."));

async function auditOf(entityId: string) {
  const { rows } = await database.pool.query(
    "select action, before, after, actor_user_id from audit_entry where entity_id = $1 order by id",
    [entityId],
  );
  return rows as {
    action: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }[];
}

const storedValues = async () =>
  (
    await database.pool.query(
      `select territorial_unit_code, year, value::float8 as value, baseline::float8 as baseline, is_demo
       from indicator_value where indicator_code = 'OZPS_KLUBY_SENIORA' order by territorial_unit_code, year`,
    )
  ).rows;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInEditor(database, api);
});
afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("indicator definitions", () => {
  it("are created trimmed, with an audit entry, and their code cannot be taken twice", async () => {
    const created = await mutate(CREATE, { code: "OZPS_KLUBY_SENIORA", input: DEFINITION });
    expect(created).toEqual({
      indicator: {
        code: "OZPS_KLUBY_SENIORA",
        name: "Liczba klubów seniora",
        unit: "liczba",
        programme: "OZPS",
        direction: "HIGHER_IS_BETTER",
      },
      userErrors: [],
    });
    const [entry] = await auditOf("OZPS_KLUBY_SENIORA");
    expect(entry).toMatchObject({ action: "INDICATOR_CREATED", before: null });
    expect(entry!.after).toMatchObject({ code: "OZPS_KLUBY_SENIORA", name: "Liczba klubów seniora" });

    const again = await mutate(CREATE, { code: "OZPS_KLUBY_SENIORA", input: DEFINITION });
    expect(again).toEqual({
      indicator: null,
      userErrors: [{ field: ["code"], message: "is already used by another indicator" }],
    });
  });

  it("refuse bad input at its fields and write nothing", async () => {
    const refused = await mutate(CREATE, {
      code: "kluby seniora!",
      input: { ...DEFINITION, name: "   ", unit: "x".repeat(61), source: "s".repeat(1001) },
    });
    expect(refused.indicator).toBeNull();
    expect(fieldsOf(refused)).toEqual(["code", "input.name", "input.unit", "input.source"]);
    const { rows } = await database.pool.query("select count(*)::int as count from indicator");
    expect(rows[0].count).toBe(1);
  });

  it("are updated with the before and after of every field in the audit log", async () => {
    const updated = await mutate(UPDATE, {
      code: "OZPS_KLUBY_SENIORA",
      input: { ...DEFINITION, definition: "Kluby i miejsca aktywności seniorów" },
    });
    expect(updated).toEqual({
      indicator: {
        code: "OZPS_KLUBY_SENIORA",
        name: "Liczba klubów seniora",
        definition: "Kluby i miejsca aktywności seniorów",
      },
      userErrors: [],
    });
    const entry = (await auditOf("OZPS_KLUBY_SENIORA")).find((row) => row.action === "INDICATOR_UPDATED")!;
    expect(entry.before).toMatchObject({ definition: "Kluby działające na koniec roku" });
    expect(entry.after).toMatchObject({ definition: "Kluby i miejsca aktywności seniorów" });

    const unknown = await mutate(UPDATE, { code: "BRAK_TAKIEGO", input: DEFINITION });
    expect(unknown.userErrors).toEqual([{ field: ["code"], message: "no indicator has this code" }]);
  });
});

describe("single indicator values", () => {
  const value = { indicatorCode: "OZPS_KLUBY_SENIORA", territorialUnitCode: "2061", year: 2024, value: 12 };

  it("are stored, replaced in place and audited by their natural key", async () => {
    const created = await mutate(SET_VALUE, { input: { ...value, baseline: 8, note: " MOPR " } });
    expect(created).toEqual({
      indicatorValue: {
        indicatorCode: "OZPS_KLUBY_SENIORA",
        year: 2024,
        value: 12,
        baseline: 8,
        target: null,
        note: "MOPR",
        isDemo: false,
        territorialUnit: { code: "2061" },
      },
      userErrors: [],
    });
    await mutate(SET_VALUE, { input: { ...value, value: 14 } });
    expect(await storedValues()).toEqual([
      { territorial_unit_code: "2061", year: 2024, value: 14, baseline: null, is_demo: false },
    ]);
    const audit = await auditOf("OZPS_KLUBY_SENIORA/2061/2024");
    expect(audit.map((entry) => entry.action)).toEqual([
      "INDICATOR_VALUE_CREATED",
      "INDICATOR_VALUE_UPDATED",
    ]);
    expect(audit[1]!.before).toMatchObject({ value: 12, baseline: 8 });
    expect(audit[1]!.after).toMatchObject({ value: 14, baseline: null });
  });

  it("turn a demo value into a real one", async () => {
    await insertIndicatorRow(database.pool, { code: "DEMO_WSKAZNIK" });
    await database.pool.query(
      "insert into indicator_value (indicator_code, territorial_unit_code, year, value, is_demo) values ('DEMO_WSKAZNIK', '20', 2023, 1, true)",
    );
    const replaced = await mutate(SET_VALUE, {
      input: { indicatorCode: "DEMO_WSKAZNIK", territorialUnitCode: "20", year: 2023, value: 2 },
    });
    expect(replaced.indicatorValue).toMatchObject({ value: 2, isDemo: false });
  });

  it("refuse bad or unknown references at their fields and write nothing", async () => {
    const malformed = await mutate(SET_VALUE, {
      input: { ...value, territorialUnitCode: "20O1", year: 1989, value: 1e16, note: "n".repeat(1001) },
    });
    expect(fieldsOf(malformed)).toEqual([
      "input.territorialUnitCode",
      "input.year",
      "input.value",
      "input.note",
    ]);
    const unknown = await mutate(SET_VALUE, {
      input: { ...value, indicatorCode: "BRAK", territorialUnitCode: "2099", year: 2025 },
    });
    expect(unknown.userErrors).toEqual([
      { field: ["input", "indicatorCode"], message: "no indicator has this code" },
      { field: ["input", "territorialUnitCode"], message: "no unit of the TERYT register has this code" },
    ]);
    expect(await storedValues()).toHaveLength(1);
    expect(await auditOf("BRAK/2099/2025")).toEqual([]);
  });

  it("are deleted with what they were kept in the audit log", async () => {
    const deleted = await mutate(DELETE_VALUE, { code: "OZPS_KLUBY_SENIORA", unit: "2061", year: 2024 });
    expect(deleted).toEqual({ deleted: true, userErrors: [] });
    expect(await storedValues()).toEqual([]);
    const entry = (await auditOf("OZPS_KLUBY_SENIORA/2061/2024")).at(-1)!;
    expect(entry).toMatchObject({ action: "INDICATOR_VALUE_DELETED", after: null });
    expect(entry.before).toMatchObject({ value: 14 });

    const nothing = await mutate(DELETE_VALUE, { code: "OZPS_KLUBY_SENIORA", unit: "2061", year: 2024 });
    expect(nothing).toEqual({ deleted: false, userErrors: [] });
    const malformed = await mutate(DELETE_VALUE, { code: "a b", unit: "2", year: 3000 });
    expect(fieldsOf(malformed)).toEqual(["indicatorCode", "territorialUnitCode", "year"]);
  });
});
