import {
  ACCESSIBILITY_FEATURES,
  COST_KINDS,
  DELIVERY_MODES,
  SERVICE_TYPES,
  TARGET_GROUPS,
} from "@obserwatorium/schema";
import { describe, expect, it } from "vitest";
import type { DemoGmina } from "./generate-demo-registry";
import {
  generateDemoServices,
  LAPY_GMINA_CODE,
  type GenerateDemoServicesOptions,
} from "./generate-demo-services";

const gminy: DemoGmina[] = [
  { code: "2002011", name: "Choroszcz", powiatCode: "2002" },
  { code: LAPY_GMINA_CODE, name: "Łapy", powiatCode: "2002" },
  { code: "2002072", name: "Gródek", powiatCode: "2002" },
  { code: "2061011", name: "Białystok", powiatCode: "2061" },
];
const options: GenerateDemoServicesOptions = {
  seed: 7,
  today: "2026-11-22",
  gminy,
  powiaty: [
    { code: "2002", name: "białostocki" },
    { code: "2061", name: "Białystok" },
  ],
  organizations: Array.from({ length: 40 }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`,
    name: `Stowarzyszenie ${index}`,
    legalForm: "ASSOCIATION" as const,
    seatGminaCode: gminy[index % gminy.length]!.code,
    city: gminy[index % gminy.length]!.name,
  })),
  takenSlugs: ["gminny-osrodek-pomocy-spolecznej-w-lapach"],
  serviceCount: 120,
};

describe("generateDemoServices", () => {
  it("is deterministic for a seed", () => {
    expect(generateDemoServices(options)).toEqual(generateDemoServices(options));
    expect(generateDemoServices({ ...options, seed: 8 }).services[0]!.id).not.toBe(
      generateDemoServices(options).services[0]!.id,
    );
  });

  it("gives every gmina an OPS and every powiat a PCPR, up to the target count", () => {
    const demo = generateDemoServices(options);
    expect(demo.services).toHaveLength(120);
    expect(demo.organizations).toHaveLength(gminy.length + 2);
    const slugs = demo.organizations.map((organization) => organization.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).not.toContain("gminny-osrodek-pomocy-spolecznej-w-lapach");
    for (const organization of demo.organizations) {
      expect(organization).toMatchObject({ legal_form: "PUBLIC_BODY", pes_type: "NOT_PES", is_demo: true });
      expect(organization.postal_code).toMatch(/^\d{2}-\d{3}$/);
      expect(organization.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it("produces only values the CHECK constraints accept", () => {
    const demo = generateDemoServices(options);
    const slugs = demo.services.map((service) => service.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const service of demo.services) {
      expect(service.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(service.title).not.toBe("");
      expect(service.description.startsWith("[DEMO] ")).toBe(true);
      expect(SERVICE_TYPES).toContain(service.service_type);
      expect(COST_KINDS).toContain(service.cost_kind);
      if (service.cost_kind === "FREE") expect(service.cost_amount).toBeNull();
      if (service.cost_amount !== null) expect(service.cost_unit).toMatch(/^zł\//);
      for (const group of service.target_groups) expect(TARGET_GROUPS).toContain(group);
      for (const mode of service.delivery_modes) expect(DELIVERY_MODES).toContain(mode);
      for (const feature of service.accessibility_features) expect(ACCESSIBILITY_FEATURES).toContain(feature);
      expect(service.languages[0]).toBe("pl");
      expect(service.languages.join(",")).toMatch(/^([a-z]{2,3}(,[a-z]{2,3})*)?$/);
      expect(service.is_demo).toBe(true);
    }
    for (const location of demo.locations) {
      expect(location.postal_code).toMatch(/^\d{2}-\d{3}$/);
      expect(location.latitude).toBeGreaterThanOrEqual(49);
      expect(location.latitude).toBeLessThanOrEqual(54.9);
      expect(location.longitude).toBeGreaterThanOrEqual(14.1);
      expect(location.longitude).toBeLessThanOrEqual(24.2);
    }
    for (const hours of demo.openingHours) expect(hours.opens < hours.closes).toBe(true);
    for (const exception of demo.openingExceptions) {
      if (exception.closed) expect([exception.opens, exception.closes]).toEqual([null, null]);
      else expect(exception.opens! < exception.closes!).toBe(true);
    }
    expect(demo.services.some((service) => service.publication_state === "DRAFT")).toBe(true);
    expect(demo.services.some((service) => service.last_verified_at! < "2025-11-22")).toBe(true);
  });

  it("gives Łapy a free, published respite service located there", () => {
    const demo = generateDemoServices(options);
    const inLapy = new Set(
      demo.locations.filter((location) => location.gmina_code === LAPY_GMINA_CODE).map((l) => l.service_id),
    );
    const respite = demo.services.filter(
      (service) =>
        inLapy.has(service.id) &&
        service.service_type === "RESPITE_CARE" &&
        service.cost_kind === "FREE" &&
        service.publication_state === "PUBLISHED",
    );
    expect(respite.length).toBeGreaterThan(0);
    expect(respite[0]!.title).toMatch(/^Usługi wytchnieniowe .*Łapy/);
  });
});
