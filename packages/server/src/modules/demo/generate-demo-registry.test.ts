import { readFileSync } from "node:fs";
import {
  CERTIFICATE_TYPES,
  LEGAL_FORMS,
  MUNICIPALITY_KINDS,
  PES_TYPES,
  PES_TYPES_WITH_FOUNDING_BODY,
  normalizePhone,
  validateCpvCode,
  validateEmail,
  validateKrs,
  validateNip,
  validatePhone,
  validatePostalCode,
  validateRegon,
  validateSlug,
  validateWebsite,
} from "@obserwatorium/schema";
import { beforeAll, describe, expect, it } from "vitest";
import { certificateStatusOn } from "../certificate/certificate-status";
import { endOfTerm } from "../common/clock";
import { socialEnterpriseStatusOn } from "../organization/social-enterprise-status";
import { parseTerc } from "../territory/teryt-import/parse-terc";
import { PLACEHOLDER_POSTAL_CODE, REAL_HOLDERS } from "./demo-catalogue";
import {
  generateDemoRegistry,
  generateNip,
  generateRegon14,
  generateRegon9,
  type DemoGmina,
  type DemoRegistry,
} from "./generate-demo-registry";
import { createRandom } from "./random";

const TODAY = "2026-11-22";
const SEED = 20261122;

const units = parseTerc(
  readFileSync(new URL("../../../data/teryt/TERC_Urzedowy_2024-01-01.csv", import.meta.url), "utf8"),
);
const allGminy: DemoGmina[] = units
  .filter((unit) => MUNICIPALITY_KINDS.includes(unit.kind))
  .map((unit) => ({ code: unit.code, name: unit.name, powiatCode: unit.parentCode! }));
const podlaskie = allGminy.filter((gmina) => gmina.code.startsWith("20"));

let registry: DemoRegistry;
beforeAll(() => {
  registry = generateDemoRegistry({ seed: SEED, organizationCount: 300, gminy: podlaskie, today: TODAY });
});

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe("random", () => {
  it("repeats the same sequence for the same seed and differs for another", () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return [random.next(), random.int(1, 6), random.uuid(), random.shuffle([1, 2, 3, 4, 5])];
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("makes v4-shaped UUIDs and integers within the range", () => {
    const random = createRandom(1);
    for (let index = 0; index < 1000; index++) {
      expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      const value = random.int(-3, 3);
      expect(value).toBeGreaterThanOrEqual(-3);
      expect(value).toBeLessThanOrEqual(3);
    }
  });

  it("generates identifiers with valid check digits", () => {
    const random = createRandom(42);
    for (let index = 0; index < 2000; index++) {
      expect(validateNip(generateNip(random))).toBeNull();
      expect(validateRegon(generateRegon9(random))).toBeNull();
      expect(validateRegon(generateRegon14(random))).toBeNull();
    }
  });
});

describe("generateDemoRegistry", () => {
  it("gives identical output for the same seed and different output for another seed", () => {
    const again = generateDemoRegistry({
      seed: SEED,
      organizationCount: 300,
      gminy: podlaskie,
      today: TODAY,
    });
    expect(again).toEqual(registry);
    const other = generateDemoRegistry({
      seed: SEED + 1,
      organizationCount: 300,
      gminy: podlaskie,
      today: TODAY,
    });
    expect(other.organizations.map((row) => row.id)).not.toEqual(registry.organizations.map((row) => row.id));
    expect(other.organizations.map((row) => row.name)).not.toEqual(
      registry.organizations.map((row) => row.name),
    );
  });

  it("does not depend on the order of the gminy it is given", () => {
    const reversed = generateDemoRegistry({
      seed: SEED,
      organizationCount: 300,
      gminy: [...podlaskie].reverse(),
      today: TODAY,
    });
    expect(reversed).toEqual(registry);
  });

  it("makes 300 organizations over every podlaskie gmina, most in Białystok, then Łomża and Suwałki", () => {
    const { organizations } = registry;
    expect(organizations).toHaveLength(300);
    const gminaCodes = new Set(podlaskie.map((gmina) => gmina.code));
    expect(organizations.every((row) => gminaCodes.has(row.seat_gmina_code))).toBe(true);
    const bySeat = countBy(organizations, (row) => row.seat_gmina_code);
    expect(Object.keys(bySeat)).toHaveLength(118);
    const [first, second, third] = Object.entries(bySeat).sort((a, b) => b[1] - a[1]);
    expect(first?.[0]).toBe("2061011");
    expect([second?.[0], third?.[0]].sort()).toEqual(["2062011", "2063011"]);
  });

  it("has a realistic mix of legal forms and PES types", () => {
    const { organizations } = registry;
    const byForm = countBy(organizations, (row) => row.legal_form);
    const byType = countBy(organizations, (row) => row.pes_type);
    expect(byForm.SOCIAL_COOPERATIVE).toBe(40);
    expect(byForm.ASSOCIATION).toBeGreaterThan(90);
    expect(byForm.FOUNDATION).toBeGreaterThan(60);
    expect(byForm.RURAL_HOUSEWIVES_CIRCLE).toBeGreaterThanOrEqual(5);
    expect(byType.NOT_PES).toBeGreaterThanOrEqual(5);
    for (const type of ["CIS", "KIS", "ZAZ", "WTZ"]) expect(byType[type]).toBeGreaterThanOrEqual(3);
    expect(organizations.every((row) => LEGAL_FORMS.includes(row.legal_form))).toBe(true);
    expect(organizations.every((row) => PES_TYPES.includes(row.pes_type))).toBe(true);
    const publicBodies = organizations.filter((row) => row.pes_type === "NOT_PES");
    expect(
      publicBodies.every((row) => row.legal_form === "PUBLIC_BODY" && /Pomocy Społecznej/.test(row.name)),
    ).toBe(true);
  });

  it("passes every field validator and keeps identifiers and slugs unique", () => {
    const { organizations, offerings, certifiedOfferings } = registry;
    for (const row of organizations) {
      expect(validateSlug(row.slug), row.slug).toBeNull();
      expect(validatePostalCode(row.postal_code), row.postal_code).toBeNull();
      if (row.nip !== null) expect(validateNip(row.nip), row.nip).toBeNull();
      if (row.regon !== null) expect(validateRegon(row.regon), row.regon).toBeNull();
      if (row.krs !== null) expect(validateKrs(row.krs), row.krs).toBeNull();
      if (row.email !== null) expect(validateEmail(row.email), row.email).toBeNull();
      if (row.website !== null) expect(validateWebsite(row.website), row.website).toBeNull();
      if (row.phone !== null) {
        expect(validatePhone(row.phone), row.phone).toBeNull();
        expect(normalizePhone(row.phone)).toBe(row.phone);
      }
      expect(row.name.trim()).not.toBe("");
      expect(row.street_address.trim()).not.toBe("");
    }
    for (const code of [...offerings, ...certifiedOfferings].flatMap((row) => row.cpv_codes)) {
      expect(validateCpvCode(code), code).toBeNull();
    }
    for (const key of ["slug", "nip", "regon", "krs"] as const) {
      const values = organizations.map((row) => row[key]).filter((value) => value !== null);
      expect(new Set(values).size, key).toBe(values.length);
    }
    const generated = organizations.filter((row) => row.postal_code !== PLACEHOLDER_POSTAL_CODE);
    expect(generated.every((row) => row.postal_code >= "15-000" && row.postal_code <= "19-999")).toBe(true);
    expect(organizations.filter((row) => row.nip !== null).length).toBeGreaterThan(200);
    const ids = [
      ...organizations,
      ...offerings,
      ...registry.socialEnterpriseDecisions,
      ...registry.certificates,
      ...certifiedOfferings,
    ].map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives CIS, KIS, ZAZ and WTZ a founding body and keeps employees at risk within employees", () => {
    for (const row of registry.organizations) {
      if (PES_TYPES_WITH_FOUNDING_BODY.includes(row.pes_type))
        expect(row.founding_body?.trim(), row.name).toBeTruthy();
      if (row.employee_count !== null && row.employees_at_risk_count !== null) {
        expect(row.employees_at_risk_count).toBeLessThanOrEqual(row.employee_count);
        expect(row.employees_at_risk_count).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it("flags everything as demo, mostly published, active and recently verified", () => {
    const { organizations, certificates } = registry;
    expect(organizations.every((row) => row.is_demo && row.description.startsWith("[DEMO] "))).toBe(true);
    expect(certificates.every((row) => row.is_demo)).toBe(true);
    const byState = countBy(organizations, (row) => row.publication_state);
    expect(byState).toEqual({ PUBLISHED: 285, DRAFT: 10, ARCHIVED: 5 });
    const active = organizations.filter((row) => row.is_active).length;
    expect(active / organizations.length).toBeCloseTo(0.85, 1);
    expect(
      organizations.filter((row) => row.publication_state === "ARCHIVED").every((row) => !row.is_active),
    ).toBe(true);
    const threeYearsAgo = "2023-11-22";
    for (const row of organizations) {
      if (row.last_verified_at === null) continue;
      expect(row.last_verified_at >= threeYearsAgo && row.last_verified_at <= TODAY).toBe(true);
      expect(["telefonicznie", "ankieta OWES", "KRS"]).toContain(row.last_verified_source);
      if (row.last_verified_source === "KRS") expect(row.krs).not.toBeNull();
    }
  });

  it("gives every organization 1–4 offerings (the real ones: what the sources name) and a service area", () => {
    const offeringsByOrganization = countBy(registry.offerings, (row) => row.organization_id);
    const areasByOrganization = countBy(registry.organizationAreas, (row) => row.organization_id);
    const realNames = new Set(REAL_HOLDERS.map((holder) => holder.name));
    for (const row of registry.organizations) {
      if (realNames.has(row.name)) continue;
      expect(offeringsByOrganization[row.id]).toBeGreaterThanOrEqual(1);
      expect(offeringsByOrganization[row.id]).toBeLessThanOrEqual(4);
      expect(areasByOrganization[row.id]).toBeGreaterThanOrEqual(1);
    }
    const areaCodes = registry.organizationAreas.map((row) => row.territorial_unit_code);
    expect(areaCodes).toContain("20");
    expect(areaCodes.some((code) => code.length === 4)).toBe(true);
    const pairs = registry.organizationAreas.map(
      (row) => `${row.organization_id}/${row.territorial_unit_code}`,
    );
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it("includes the real holders with only the stated facts and no invented identifiers or contacts", () => {
    const byName = new Map(registry.organizations.map((row) => [row.name, row]));
    for (const holder of REAL_HOLDERS) {
      const row = byName.get(holder.name);
      expect(row, holder.name).toBeDefined();
      expect(row).toMatchObject({
        nip: null,
        regon: null,
        krs: null,
        email: null,
        phone: null,
        website: null,
        latitude: null,
        employee_count: null,
        last_verified_at: null,
        street_address: "adres do uzupełnienia",
        postal_code: "00-000",
        is_demo: true,
        publication_state: holder.town && !holder.incomplete ? "PUBLISHED" : "DRAFT",
      });
      if (holder.town) expect(row?.city).toBe(holder.town.city);
      expect(row?.description).toMatch(/^\[DEMO\] Podmiot rzeczywisty/);
      const offerings = registry.offerings.filter((offering) => offering.organization_id === row?.id);
      expect(offerings.map((offering) => offering.name)).toEqual(
        holder.offerings.map((offering) => offering.name),
      );
      expect(
        registry.socialEnterpriseDecisions.some((decision) => decision.organization_id === row?.id),
      ).toBe(false);
    }
    const kofisport = byName.get("Spółdzielnia Socjalna KoFiSport")!;
    expect(kofisport).toMatchObject({
      city: "Łomża",
      seat_gmina_code: "2062011",
      publication_state: "PUBLISHED",
    });
    const certificate = registry.certificates.find((row) => row.organization_id === kofisport.id)!;
    expect(
      registry.certifiedOfferings
        .filter((row) => row.certificate_id === certificate.id)
        .map((row) => row.name),
    ).toEqual(["Obozy sportowe", "Spływy kajakowe"]);
  });

  it("grants the PS status to about a quarter, with withdrawals and one organization granted again", () => {
    const { socialEnterpriseDecisions: decisions, organizations } = registry;
    const byOrganization = new Map<string, typeof decisions>();
    for (const decision of decisions) {
      byOrganization.set(decision.organization_id, [
        ...(byOrganization.get(decision.organization_id) ?? []),
        decision,
      ]);
    }
    expect(byOrganization.size).toBe(75);
    expect(decisions.every((row) => row.voivodeship_code === "20" && row.decision_date <= TODAY)).toBe(true);
    expect(decisions.every((row) => row.effective_from >= row.decision_date)).toBe(true);
    expect(new Set(decisions.map((row) => row.decision_number)).size).toBe(decisions.length);
    const histories = [...byOrganization.values()].map((history) =>
      history
        .sort((a, b) => a.decision_date.localeCompare(b.decision_date))
        .map((row) => row.decision)
        .join(","),
    );
    expect(histories.filter((history) => history === "GRANTED,WITHDRAWN,GRANTED")).toHaveLength(1);
    expect(histories.filter((history) => history === "GRANTED,WITHDRAWN").length).toBeGreaterThanOrEqual(5);
    expect(histories.every((history) => history.startsWith("GRANTED"))).toBe(true);
    const organizationById = new Map(organizations.map((row) => [row.id, row]));
    for (const [organizationId, history] of byOrganization) {
      const row = organizationById.get(organizationId)!;
      expect(row.employee_count).toBeGreaterThanOrEqual(3);
      if (
        socialEnterpriseStatusOn(
          history.map((item) => ({
            decision: item.decision,
            decisionDate: item.decision_date,
            effectiveFrom: item.effective_from,
          })),
          TODAY,
        ) === "ACTIVE"
      ) {
        expect(row.employees_at_risk_count! / row.employee_count!).toBeGreaterThanOrEqual(0.3);
        expect(row.is_active).toBe(true);
      }
    }
  });

  it("makes about 60 certificates: 12-month Zakup Prospołeczny, 24-month Znak Jakości, one revoked", () => {
    const { certificates } = registry;
    expect(certificates.length).toBeGreaterThanOrEqual(55);
    expect(certificates.length).toBeLessThanOrEqual(65);
    expect(certificates.every((row) => CERTIFICATE_TYPES.includes(row.type))).toBe(true);
    const byType = countBy(certificates, (row) => row.type);
    expect(byType.ZAKUP_PROSPOLECZNY).toBeGreaterThan(45);
    expect(byType.ZNAK_JAKOSCI_ES).toBeGreaterThanOrEqual(2);
    for (const row of certificates) {
      expect(row.valid_to).toBe(endOfTerm(row.valid_from, row.type === "ZAKUP_PROSPOLECZNY" ? 12 : 24));
      expect(row.decision_date <= row.valid_from).toBe(true);
      if (row.type === "ZAKUP_PROSPOLECZNY") {
        expect(row.number).toMatch(/^ZP\/\d{4}\/\d{3}$/);
        expect(row.number.slice(3, 7)).toBe(row.decision_date.slice(0, 4));
        expect(row.granting_body).toBe("Regionalny Ośrodek Polityki Społecznej w Białymstoku");
      }
    }
    expect(new Set(certificates.map((row) => `${row.type}/${row.number}`)).size).toBe(certificates.length);

    const statuses = countBy(certificates, (row) =>
      certificateStatusOn({ revoked: row.revoked, validFrom: row.valid_from, validTo: row.valid_to }, TODAY),
    );
    expect(statuses.REVOKED).toBe(1);
    expect(statuses.EXPIRED).toBeGreaterThanOrEqual(10);
    expect(statuses.ACTIVE).toBeGreaterThanOrEqual(10);
    const revoked = certificates.find((row) => row.revoked)!;
    expect(revoked.revoked_reason).toBeTruthy();
    expect(revoked.revoked_at! >= revoked.valid_from && revoked.revoked_at!.slice(0, 10) <= TODAY).toBe(true);
    expect(
      certificates.some(
        (row) => !row.revoked && row.valid_from <= TODAY && row.valid_to >= endOfTerm(TODAY, 12),
      ),
    ).toBe(true);
    const renewals = certificates.filter((row) => row.renewal_of_id !== null);
    expect(renewals.length).toBeGreaterThan(0);
    const byId = new Map(certificates.map((row) => [row.id, row]));
    for (const renewal of renewals) {
      const previous = byId.get(renewal.renewal_of_id!)!;
      expect(previous.organization_id).toBe(renewal.organization_id);
      expect(certificates.indexOf(previous)).toBeLessThan(certificates.indexOf(renewal));
    }
  });

  it("certifies 1–3 of the organization's own offerings, only for PES that are published and active", () => {
    const { certificates, certifiedOfferings, offerings, organizations } = registry;
    const organizationById = new Map(organizations.map((row) => [row.id, row]));
    const realNames = new Set(REAL_HOLDERS.map((holder) => holder.name));
    for (const certificate of certificates) {
      const covered = certifiedOfferings.filter((row) => row.certificate_id === certificate.id);
      expect(covered.length).toBeGreaterThanOrEqual(1);
      expect(covered.length).toBeLessThanOrEqual(3);
      const own = offerings.filter((row) => row.organization_id === certificate.organization_id);
      for (const item of covered) {
        expect(
          own.some(
            (offering) => offering.name === item.name && offering.cpv_codes.join() === item.cpv_codes.join(),
          ),
        ).toBe(true);
      }
      const holder = organizationById.get(certificate.organization_id)!;
      expect(holder.pes_type).not.toBe("NOT_PES");
      if (!realNames.has(holder.name))
        expect(holder).toMatchObject({ is_active: true, publication_state: "PUBLISHED" });
    }
  });

  it("scales: all of Poland for large counts, still valid and unique", () => {
    const large = generateDemoRegistry({ seed: 5, organizationCount: 5000, gminy: allGminy, today: TODAY });
    expect(large.organizations).toHaveLength(5000);
    expect(new Set(large.organizations.map((row) => row.seat_gmina_code)).size).toBe(2477);
    for (const key of ["slug", "nip", "regon", "krs"] as const) {
      const values = large.organizations.map((row) => row[key]).filter((value) => value !== null);
      expect(new Set(values).size, key).toBe(values.length);
    }
    expect(large.organizations.every((row) => validateSlug(row.slug) === null)).toBe(true);
    const zp = large.certificates.filter((row) => row.type === "ZAKUP_PROSPOLECZNY");
    const seats = new Map(large.organizations.map((row) => [row.id, row.seat_gmina_code]));
    expect(zp.every((row) => seats.get(row.organization_id)?.startsWith("20"))).toBe(true);
    expect(large.certificates.filter((row) => row.revoked)).toHaveLength(1);
  });

  it("leaves the real holders out of small samples and rejects bad options", () => {
    const small = generateDemoRegistry({ seed: 1, organizationCount: 10, gminy: podlaskie, today: TODAY });
    expect(small.organizations).toHaveLength(10);
    expect(small.organizations.some((row) => REAL_HOLDERS.some((holder) => holder.name === row.name))).toBe(
      false,
    );
    expect(() =>
      generateDemoRegistry({ seed: 1, organizationCount: 0, gminy: podlaskie, today: TODAY }),
    ).toThrow(RangeError);
    expect(() =>
      generateDemoRegistry({ seed: 1, organizationCount: 5, gminy: podlaskie, today: "2026-02-30" }),
    ).toThrow(RangeError);
    expect(() => generateDemoRegistry({ seed: 1, organizationCount: 5, gminy: [], today: TODAY })).toThrow(
      RangeError,
    );
  });
});
