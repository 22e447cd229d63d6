import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertServiceRow } from "../factories/service-rows";
import { signInEditor } from "../support/editor-session";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";

let database: TestDatabase;
let api: RunningApi;
let editor: Record<string, string>;
let now = new Date("2026-11-23T09:30:00Z");
let serviceId: string;
let draftId: string;

const REPORT = `mutation ($serviceId: ID!, $message: String!, $contact: String) {
  reportOutdated(serviceId: $serviceId, message: $message, contact: $contact) {
    report { id createdAt } userErrors { field message } } }`;

interface ReportData {
  reportOutdated: { report: { id: string; createdAt: string } | null; userErrors: { field: string[] }[] };
}

function report(variables: Record<string, unknown>, clientAddress = "203.0.113.7") {
  return graphqlRequest<ReportData>(api, REPORT, variables, { "x-forwarded-for": clientAddress });
}

async function storedReports(): Promise<number> {
  const { rows } = await database.pool.query<{ count: string }>(
    "select count(*) as count from service_report",
  );
  return Number(rows[0]!.count);
}

const globalId = (id: string) => Buffer.from(`Service:${id}`).toString("base64url");

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  serviceId = globalId(
    await insertServiceRow(database.pool, {
      slug: "klub-seniora-lapy",
      serviceType: "SENIOR_CLUB",
      locations: [{ gminaCode: "2002063" }],
    }),
  );
  draftId = globalId(
    await insertServiceRow(database.pool, {
      slug: "szkic",
      serviceType: "SHELTER",
      publicationState: "DRAFT",
    }),
  );
  api = await startTestApi(database, { now: () => now });
  editor = await signInEditor(database, api);
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("reportOutdated", () => {
  it("lets anyone report, stores the report for editors and audits it without personal data", async () => {
    const response = await report({
      serviceId,
      message: "Klub przeniósł się na ul. Mickiewicza 5.",
      contact: "jan.kowalski@example.pl",
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.reportOutdated.userErrors).toEqual([]);
    expect(response.data!.reportOutdated.report!.createdAt).toBe("2026-11-23T09:30:00.000Z");

    const { rows } = await database.pool.query(`select message, contact from service_report`);
    expect(rows).toEqual([
      { message: "Klub przeniósł się na ul. Mickiewicza 5.", contact: "jan.kowalski@example.pl" },
    ]);
    const audit = await database.pool.query(
      `select actor_user_id, action, after from audit_entry where action = 'SERVICE_REPORTED_OUTDATED'`,
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].actor_user_id).toBeNull();
    expect(JSON.stringify(audit.rows[0].after)).not.toContain("kowalski");
  });

  it("names each bad field and stores nothing", async () => {
    const before = await storedReports();
    const cases: [Record<string, unknown>, string[][]][] = [
      [{ serviceId, message: "za krótko" }, [["message"]]],
      [{ serviceId, message: "x".repeat(2001) }, [["message"]]],
      [{ serviceId, message: "Zły numer telefonu w opisie.", contact: "zadzwoń wieczorem" }, [["contact"]]],
      [{ serviceId: draftId, message: "Szkic nie jest publiczny." }, [["serviceId"]]],
      [{ serviceId: "bm9wZQ", message: "Nie ma takiej usługi." }, [["serviceId"]]],
      [{ serviceId: draftId, message: "   " }, [["serviceId"], ["message"]]],
    ];
    for (const [variables, fields] of cases) {
      const response = await report(variables, "203.0.113.50");
      expect(response.data!.reportOutdated.report).toBeNull();
      expect(response.data!.reportOutdated.userErrors.map((error) => error.field)).toEqual(fields);
    }
    expect(await storedReports()).toBe(before);
  });

  it("accepts a phone number as the contact", async () => {
    const response = await report(
      { serviceId, message: "Godziny otwarcia są inne.", contact: "+48 600 100 200" },
      "203.0.113.51",
    );
    expect(response.data!.reportOutdated.userErrors).toEqual([]);
  });

  it("refuses a sixth report from one address within an hour, not from another, and forgets after the hour", async () => {
    const message = "Telefon jest nieaktualny.";
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await report({ serviceId, message }, "198.51.100.9")).data!.reportOutdated.userErrors).toEqual(
        [],
      );
    }
    const before = await storedReports();
    const refused = await report({ serviceId, message }, "198.51.100.9");
    expect(refused.data!.reportOutdated).toEqual({
      report: null,
      userErrors: [{ field: [], message: "too many reports from this address; try again later" }],
    });
    expect(await storedReports()).toBe(before);
    expect((await report({ serviceId, message }, "198.51.100.10")).data!.reportOutdated.userErrors).toEqual(
      [],
    );

    now = new Date(now.getTime() + 61 * 60 * 1000);
    expect((await report({ serviceId, message }, "198.51.100.9")).data!.reportOutdated.userErrors).toEqual(
      [],
    );
    const { rows } = await database.pool.query("select client_key from report_attempt");
    // Only hashes are kept, and only those of the last hour.
    expect(rows.length).toBe(1);
    expect(rows[0].client_key).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("editors and reports", () => {
  const LIST = `query ($unresolvedOnly: Boolean) { serviceReports(unresolvedOnly: $unresolvedOnly, first: 50) {
    totalCount edges { node { id message contact resolvedAt service { slug } } } } }`;
  type ListData = {
    serviceReports: {
      totalCount: number;
      edges: { node: { id: string; message: string; contact: string | null; service: { slug: string } } }[];
    };
  };

  it("are listed for editors only and can be resolved once", async () => {
    const anonymous = await graphqlRequest(api, LIST, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");

    const open = (await graphqlRequest<ListData>(api, LIST, {}, editor)).data!.serviceReports;
    expect(open.totalCount).toBe(await storedReports());
    const first = open.edges.find((edge) => edge.node.contact === "jan.kowalski@example.pl")!.node;
    expect(first.service.slug).toBe("klub-seniora-lapy");

    const RESOLVE = `mutation ($id: ID!) { resolveServiceReport(id: $id, note: "Adres poprawiony") {
      report { resolvedAt resolutionNote } userErrors { field message } } }`;
    const resolved = await graphqlRequest<{
      resolveServiceReport: {
        report: { resolvedAt: string; resolutionNote: string } | null;
        userErrors: unknown[];
      };
    }>(api, RESOLVE, { id: first.id }, editor);
    expect(resolved.data!.resolveServiceReport.report).toEqual({
      resolvedAt: now.toISOString(),
      resolutionNote: "Adres poprawiony",
    });
    const again = await graphqlRequest<{ resolveServiceReport: { userErrors: { field: string[] }[] } }>(
      api,
      RESOLVE,
      { id: first.id },
      editor,
    );
    expect(again.data!.resolveServiceReport.userErrors).toEqual([
      { field: ["id"], message: "is already resolved" },
    ]);

    const stillOpen = (await graphqlRequest<ListData>(api, LIST, {}, editor)).data!.serviceReports;
    expect(stillOpen.totalCount).toBe(open.totalCount - 1);
    const all = (await graphqlRequest<ListData>(api, LIST, { unresolvedOnly: false }, editor)).data!
      .serviceReports;
    expect(all.totalCount).toBe(open.totalCount);
  });
});
