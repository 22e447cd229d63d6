import type { RunningApi } from "@obserwatorium/server";
import { importTerytFile } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import {
  insertCertificateRow,
  insertChangeProposalRow,
  insertDocumentRow,
  insertServiceReportRow,
} from "../factories/stewardship-rows";
import { TERYT_FILE } from "../support/paths";
import { SqlCounter } from "../support/sql-counter";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

const TODAY = "2026-11-22";
const sql = new SqlCounter();

let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;
let rep: SignedInUser;
let organizationId: string;

const QUEUES = `query ($first: Int!) { workQueues(first: $first) {
  pendingProposals { totalCount items { status organization { name } author { email } } }
  outdatedReports { totalCount items { message service { title provider { name } } } }
  unverifiedServices { totalCount items { title lastVerifiedAt isStale provider { name } } }
  unverifiedOrganizations { totalCount items { name lastVerifiedAt } }
  expiringCertificates { totalCount items { number validTo status organization { name } offerings { name } } }
  documentsWithoutText { totalCount items { title files { textState } } }
} }`;

interface Queue<T> {
  totalCount: number;
  items: T[];
}
interface Queues {
  pendingProposals: Queue<{ status: string }>;
  outdatedReports: Queue<{ message: string }>;
  unverifiedServices: Queue<{ title: string; lastVerifiedAt: string | null; isStale: boolean }>;
  unverifiedOrganizations: Queue<{ name: string; lastVerifiedAt: string | null }>;
  expiringCertificates: Queue<{ number: string; validTo: string; status: string }>;
  documentsWithoutText: Queue<{ title: string }>;
}

async function queues(first: number, headers = editor.headers) {
  const response = await graphqlRequest<{ workQueues: Queues }>(api, QUEUES, { first }, headers);
  expect(response.errors).toBeUndefined();
  return response.data!.workQueues;
}

/** Adds `n` items to every queue, and as many rows that belong in none. */
async function fillQueues(n: number, tag: string) {
  for (let i = 0; i < n; i++) {
    const day = String(10 + i).padStart(2, "0");
    await insertChangeProposalRow(database.pool, {
      organizationId,
      authorUserId: rep.id,
      createdAt: `2026-11-${day}T08:00:00Z`,
    });
    const stale = await insertServiceRow(database.pool, {
      slug: `${tag}-stara-${i}`,
      title: `${tag} nieweryfikowana ${i}`,
      serviceType: "MEALS",
      providerId: organizationId,
      lastVerifiedAt: `2024-01-${day}`,
    });
    await insertServiceRow(database.pool, {
      slug: `${tag}-swieza-${i}`,
      serviceType: "MEALS",
      lastVerifiedAt: "2025-11-22",
    });
    await insertServiceRow(database.pool, {
      slug: `${tag}-szkic-${i}`,
      serviceType: "MEALS",
      publicationState: "DRAFT",
    });
    await insertServiceReportRow(database.pool, { serviceId: stale, createdAt: `2026-11-${day}T09:00:00Z` });
    await insertServiceReportRow(database.pool, {
      serviceId: stale,
      createdAt: `2026-11-${day}T10:00:00Z`,
      resolvedByUserId: editor.id,
    });
    await insertCertificateRow(database.pool, {
      organizationId,
      number: `${tag}/${i}`,
      validTo: `2026-12-${day}`,
    });
    await insertCertificateRow(database.pool, {
      organizationId,
      number: `${tag}/${i}/w`,
      validTo: "2027-06-01",
    });
    await insertDocumentRow(database.pool, {
      title: `${tag} skan ${i}`,
      textStates: ["EXTRACTED", "NO_TEXT_LAYER"],
    });
    await insertDocumentRow(database.pool, {
      title: `${tag} tekst ${i}`,
      textStates: ["NO_TEXT_LAYER", "EXTRACTED"],
    });
  }
}

beforeAll(async () => {
  database = await createTestDatabase({ loggerFactory: sql.loggerFactory });
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database, { today: () => TODAY });
  organizationId = await insertOrganizationRow(database.pool, { slug: "spoldzielnia-kolo" });
  editor = await signInAs(database, api, "EDITOR");
  rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("workQueues", () => {
  it("is empty on an empty hub", async () => {
    await database.pool.query("update organization set publication_state = 'DRAFT'");
    const empty = await queues(5);
    for (const queue of Object.values(empty)) expect(queue).toEqual({ totalCount: 0, items: [] });
    await database.pool.query("update organization set publication_state = 'PUBLISHED'");
  });

  it("counts and lists what waits, applying each queue's rule at its edges", async () => {
    await fillQueues(2, "a");
    // Edges: verified exactly a year ago is fresh, a day more is stale; a certificate ending today is
    // still in force, yesterday's has expired, a revoked one is no longer the editors' concern.
    await insertServiceRow(database.pool, {
      slug: "rok-temu",
      serviceType: "MEALS",
      lastVerifiedAt: "2025-11-22",
    });
    await insertServiceRow(database.pool, {
      slug: "rok-i-dzien",
      title: "rok i dzień",
      serviceType: "MEALS",
      lastVerifiedAt: "2025-11-21",
    });
    await insertCertificateRow(database.pool, { organizationId, number: "dzis", validTo: TODAY });
    await insertCertificateRow(database.pool, { organizationId, number: "wczoraj", validTo: "2026-11-21" });
    await insertCertificateRow(database.pool, { organizationId, number: "za-31-dni", validTo: "2026-12-23" });
    await insertCertificateRow(database.pool, {
      organizationId,
      number: "cofniety",
      validTo: "2026-12-01",
      revoked: true,
    });
    await insertDocumentRow(database.pool, {
      title: "archiwalny skan",
      textStates: ["NO_TEXT_LAYER"],
      publicationState: "ARCHIVED",
    });
    await insertDocumentRow(database.pool, { title: "zaszyfrowany", textStates: ["ENCRYPTED"] });
    await insertDocumentRow(database.pool, { title: "bez pliku", textStates: [] });
    for (const [slug, verified, state] of [
      ["org-rok-temu", "2025-11-22", "PUBLISHED"],
      ["org-rok-i-dzien", "2025-11-21", "PUBLISHED"],
      ["org-szkic", null, "DRAFT"],
    ] as const) {
      const id = await insertOrganizationRow(database.pool, { slug, publicationState: state });
      await database.pool.query(
        "update organization set last_verified_at = $2, last_verified_source = 'telefon' where id = $1",
        [id, verified],
      );
    }

    const result = await queues(10);
    expect(result.pendingProposals.totalCount).toBe(2);
    expect(result.pendingProposals.items[0]).toMatchObject({ status: "PENDING" });
    expect(result.outdatedReports.totalCount).toBe(2);
    expect(result.unverifiedServices.totalCount).toBe(3);
    expect(result.unverifiedServices.items.map((service) => service.title)).toEqual([
      "a nieweryfikowana 0",
      "a nieweryfikowana 1",
      "rok i dzień",
    ]);
    expect(result.unverifiedServices.items.every((service) => service.isStale)).toBe(true);
    // Never verified first, then the longest unverified; a year ago to the day is still fresh.
    expect(result.unverifiedOrganizations).toEqual({
      totalCount: 2,
      items: [
        { name: "Organizacja spoldzielnia-kolo", lastVerifiedAt: null },
        { name: "Organizacja org-rok-i-dzien", lastVerifiedAt: "2025-11-21" },
      ],
    });
    expect(result.expiringCertificates.items.map((certificate) => certificate.number)).toEqual([
      "dzis",
      "a/0",
      "a/1",
    ]);
    expect(result.expiringCertificates.items.every((certificate) => certificate.status === "ACTIVE")).toBe(
      true,
    );
    expect(result.documentsWithoutText.items.map((document) => document.title).sort()).toEqual([
      "a skan 0",
      "a skan 1",
      "zaszyfrowany",
    ]);
  });

  it("returns the first items only, but counts them all", async () => {
    const result = await queues(1);
    expect(result.pendingProposals).toMatchObject({ totalCount: 2, items: [{ status: "PENDING" }] });
    expect(result.unverifiedServices.items).toHaveLength(1);
    expect(result.unverifiedServices.totalCount).toBe(3);
    const invalid = await graphqlRequest(api, QUEUES, { first: 51 }, editor.headers);
    expect(errorCode(invalid)).toBe("BAD_USER_INPUT");
  });

  it("costs a fixed number of SQL statements, however many items it shows", async () => {
    sql.reset();
    await queues(2);
    const few = sql.selects().length;
    await fillQueues(6, "b");
    sql.reset();
    const many = await queues(10);
    expect(many.pendingProposals.items).toHaveLength(8);
    expect(many.documentsWithoutText.items).toHaveLength(9);
    expect(sql.selects()).toHaveLength(few);
    // One statement for every count and head, five for the items (one per kind), five for what the
    // query nests (authors, organizations, reported services, certified offerings, files).
    expect(few).toBe(11);
  });

  it("is for editors: anonymous UNAUTHENTICATED, representatives FORBIDDEN", async () => {
    expect(errorCode(await graphqlRequest(api, QUEUES, { first: 1 }))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, QUEUES, { first: 1 }, rep.headers))).toBe("FORBIDDEN");
  });
});

describe("verifyOrganization", () => {
  const VERIFY = `mutation ($id: ID!, $source: String!) { verifyOrganization(id: $id, source: $source) {
    organization { lastVerifiedAt } userErrors { field message } } }`;
  const globalId = () => Buffer.from(`Organization:${organizationId}`).toString("base64url");

  it("marks an organization verified today, audited, which takes it off the queue", async () => {
    const response = await graphqlRequest<{ verifyOrganization: unknown }>(
      api,
      VERIFY,
      { id: globalId(), source: "  telefon do biura  " },
      editor.headers,
    );
    expect(response.data?.verifyOrganization).toEqual({
      organization: { lastVerifiedAt: TODAY },
      userErrors: [],
    });
    const { rows } = await database.pool.query(
      `select actor_user_id, before, after from audit_entry where action = 'ORGANIZATION_VERIFIED'`,
    );
    expect(rows).toEqual([
      {
        actor_user_id: editor.id,
        before: { lastVerifiedAt: null, lastVerifiedSource: null },
        after: { lastVerifiedAt: TODAY, lastVerifiedSource: "telefon do biura" },
      },
    ]);
    const result = await queues(10);
    expect(result.unverifiedOrganizations.items.map((organization) => organization.name)).toEqual([
      "Organizacja org-rok-i-dzien",
    ]);
  });

  it("needs a source, and is for editors only", async () => {
    const blank = await graphqlRequest<{ verifyOrganization: unknown }>(
      api,
      VERIFY,
      { id: globalId(), source: " " },
      editor.headers,
    );
    expect(blank.data?.verifyOrganization).toEqual({
      organization: null,
      userErrors: [{ field: ["source"], message: "must say how the data was verified" }],
    });
    const variables = { id: globalId(), source: "telefon" };
    expect(errorCode(await graphqlRequest(api, VERIFY, variables))).toBe("UNAUTHENTICATED");
    expect(errorCode(await graphqlRequest(api, VERIFY, variables, rep.headers))).toBe("FORBIDDEN");
  });
});
