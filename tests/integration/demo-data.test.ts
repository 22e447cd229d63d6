import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { importTerytFile } from "@obserwatorium/server";
import {
  generateDemoRegistry,
  loadDemoRegistryIfEmpty,
  readDemoGminy,
  REAL_HOLDERS,
  RegistryNotDemoError,
  replaceDemoRegistry,
  type DemoRegistryCounts,
} from "@obserwatorium/server/demo";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { REPO_ROOT, TERYT_FILE } from "../support/paths";
import { createTestDatabase, type TestDatabase } from "../support/test-hub";

const run = promisify(execFile);
const TODAY = "2026-11-22";
let database: TestDatabase;

async function scalar(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await database.pool.query<{ value: number }>(sql, params);
  return Number(rows[0]!.value);
}

async function tableCounts(): Promise<DemoRegistryCounts> {
  const count = (table: string) => scalar(`select count(*)::int as value from ${table}`);
  return {
    organizations: await count("organization"),
    organizationAreas: await count("organization_area"),
    offerings: await count("offering"),
    socialEnterpriseDecisions: await count("social_enterprise_decision"),
    certificates: await count("certificate"),
    certifiedOfferings: await count("certified_offering"),
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
});
afterAll(() => database.drop());

describe("demo registry", () => {
  it("loads 300 demo organizations into an empty registry, exactly as generated", async () => {
    const counts = await loadDemoRegistryIfEmpty(database.orm.em.fork(), { today: TODAY });
    const gminy = await readDemoGminy(database.orm.em.fork(), false);
    expect(gminy).toHaveLength(118);
    const expected = generateDemoRegistry({ seed: 20261122, organizationCount: 300, gminy, today: TODAY });
    const expectedCounts = Object.fromEntries(
      Object.entries(expected).map(([key, rows]) => [key, rows.length]),
    );
    expect(counts).toEqual(expectedCounts);
    expect(counts?.organizations).toBe(300);
    expect(counts?.certificates).toBe(60);
    expect(await tableCounts()).toEqual(counts);

    const { rows } = await database.pool.query("select * from organization where slug = $1", [
      expected.organizations[0]!.slug,
    ]);
    expect(rows[0]).toMatchObject({ name: expected.organizations[0]!.name, is_demo: true, nip: null });
    const { rows: certificates } = await database.pool.query(
      `select id, organization_id, type, number, decision_date::text, valid_from::text, valid_to::text, revoked,
              renewal_of_id
       from certificate order by decision_date, id`,
    );
    expect(certificates).toEqual(
      expected.certificates.map(
        ({
          id,
          organization_id,
          type,
          number,
          decision_date,
          valid_from,
          valid_to,
          revoked,
          renewal_of_id,
        }) => ({
          id,
          organization_id,
          type,
          number,
          decision_date,
          valid_from,
          valid_to,
          revoked,
          renewal_of_id,
        }),
      ),
    );
  });

  it("stores rows that keep the registry's rules", async () => {
    expect(await scalar("select count(*)::int as value from organization where not is_demo")).toBe(0);
    expect(await scalar("select count(*)::int as value from certificate where not is_demo")).toBe(0);
    expect(
      await scalar(
        `select count(*)::int as value from organization
         where pes_type in ('CIS', 'KIS', 'ZAZ', 'WTZ') and coalesce(founding_body, '') = ''`,
      ),
    ).toBe(0);
    expect(
      await scalar("select count(*)::int as value from organization where description not like '[DEMO] %'"),
    ).toBe(0);
    // Every seat and area is a real TERYT unit of podlaskie.
    expect(
      await scalar(
        `select count(*)::int as value from organization o join territorial_unit t on t.code = o.seat_gmina_code
         where t.code like '20%' and t.kind in ('URBAN_MUNICIPALITY', 'RURAL_MUNICIPALITY', 'URBAN_RURAL_MUNICIPALITY')`,
      ),
    ).toBe(300);
    expect(
      await scalar(
        "select count(*)::int as value from organization_area where territorial_unit_code not like '20%'",
      ),
    ).toBe(0);
    // Zakup Prospołeczny lasts 12 months (less a day), Znak Jakości 24; exactly one mark is revoked.
    expect(
      await scalar(
        `select count(*)::int as value from certificate
         where valid_to not between valid_from + case type when 'ZAKUP_PROSPOLECZNY' then 362 else 727 end
                                and valid_from + case type when 'ZAKUP_PROSPOLECZNY' then 365 else 730 end`,
      ),
    ).toBe(0);
    expect(await scalar("select count(*)::int as value from certificate where revoked")).toBe(1);
    const active = await scalar(
      "select count(*)::int as value from certificate where not revoked and $1::date between valid_from and valid_to",
      [TODAY],
    );
    const expired = await scalar(
      "select count(*)::int as value from certificate where not revoked and valid_to < $1::date",
      [TODAY],
    );
    expect(active).toBeGreaterThanOrEqual(10);
    expect(expired).toBeGreaterThanOrEqual(10);
    // Certified offerings are named offerings of the certificate's holder.
    expect(
      await scalar(
        `select count(*)::int as value from certified_offering co join certificate c on c.id = co.certificate_id
         where not exists (select 1 from offering o where o.organization_id = c.organization_id and o.name = co.name)`,
      ),
    ).toBe(0);
    const { rows: real } = await database.pool.query<{
      name: string;
      nip: string | null;
      phone: string | null;
    }>("select name, nip, phone from organization where name = any($1)", [
      REAL_HOLDERS.map((holder) => holder.name),
    ]);
    expect(real).toHaveLength(REAL_HOLDERS.length);
    expect(real.every((row) => row.nip === null && row.phone === null)).toBe(true);
  });

  it("does nothing when the registry is not empty", async () => {
    const before = await tableCounts();
    expect(await loadDemoRegistryIfEmpty(database.orm.em.fork(), { today: TODAY })).toBeNull();
    expect(await tableCounts()).toEqual(before);
  });

  it("replaces the demo data with 2 000 organizations, inserted in chunks in one transaction", async () => {
    const result = await replaceDemoRegistry(database.orm.em.fork(), {
      organizationCount: 2000,
      today: TODAY,
      chunkSize: 700,
    });
    expect(result.deletedOrganizations).toBe(300);
    expect(result.counts.organizations).toBe(2000);
    expect(await tableCounts()).toEqual(result.counts);
    expect(
      await scalar("select count(*)::int as value from organization where seat_gmina_code not like '20%'"),
    ).toBe(0);
    expect(await scalar("select count(distinct seat_gmina_code)::int as value from organization")).toBe(118);
    expect(await scalar("select count(*)::int as value from certificate where revoked")).toBe(1);
  });

  it("rolls everything back, the deletion included, when a later insert fails", async () => {
    const before = await tableCounts();
    await database.pool.query(`
      create function demo_test_fail() returns trigger language plpgsql
      as $$ begin raise exception 'demo test: certified offerings refused'; end $$`);
    await database.pool.query(
      "create trigger demo_test_fail before insert on certified_offering execute function demo_test_fail()",
    );
    try {
      await expect(
        replaceDemoRegistry(database.orm.em.fork(), { organizationCount: 500, today: TODAY, chunkSize: 100 }),
      ).rejects.toThrow(/certified offerings refused/);
    } finally {
      await database.pool.query("drop trigger demo_test_fail on certified_offering");
      await database.pool.query("drop function demo_test_fail");
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses to touch a registry with organizations that are not demo data", async () => {
    await database.pool.query(
      `insert into organization (id, slug, name, legal_form, pes_type, street_address, postal_code, city,
                                 seat_gmina_code, publication_state)
       values ('00000000-0000-4000-8000-000000000001', 'prawdziwa-fundacja', 'Prawdziwa Fundacja', 'FOUNDATION',
               'PES', 'ul. Lipowa 1', '15-001', 'Białystok', '2061011', 'PUBLISHED')`,
    );
    const before = await tableCounts();
    await expect(
      replaceDemoRegistry(database.orm.em.fork(), { organizationCount: 50, today: TODAY }),
    ).rejects.toBeInstanceOf(RegistryNotDemoError);
    expect(await tableCounts()).toEqual(before);
  });

  it("works as `npm run seed -- --scale N` and refuses with a clear message next to real data", async () => {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      MEILI_URL: inject("meiliUrl"),
      MEILI_MASTER_KEY: inject("meiliApiKey"),
      MEILI_INDEX_PREFIX: database.indexPrefix,
    };
    const script = join(REPO_ROOT, "packages/server/src/cli/seed.ts");
    const refused = await run(process.execPath, ["--import", "tsx", script, "--scale", "60"], {
      env,
      cwd: REPO_ROOT,
    }).catch((caught: { code: number; stderr: string }) => caught);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/1 organization\(s\) that are not demo data/);

    await database.pool.query("delete from organization where not is_demo");
    const ok = await run(process.execPath, ["--import", "tsx", script, "--scale", "60", "--seed", "7"], {
      env,
      cwd: REPO_ROOT,
    });
    expect(ok.stdout).toMatch(
      /Demo registry loaded in [\d.]+ s: 60 organizations, .* 2000 demo organizations/,
    );
    expect(await scalar("select count(*)::int as value from organization")).toBe(60);

    const usage = await run(process.execPath, ["--import", "tsx", script, "--scale", "lots"], {
      env,
      cwd: REPO_ROOT,
    }).catch((caught: { code: number; stderr: string }) => caught);
    expect(usage).toMatchObject({ code: 64 });
    expect((usage as { stderr: string }).stderr).toMatch(/--scale must be a whole number/);
  });
});
