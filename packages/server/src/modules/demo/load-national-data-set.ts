import type { EntityManager } from "@mikro-orm/postgresql";
import type { FileStorage } from "../document/files/file-storage";
import { lockDemoLoad } from "./bulk-insert";
import { loadDemoDocuments } from "./load-demo-documents";
import { loadDemoGoodPractices } from "./load-demo-good-practices";
import { loadDemoIndicators } from "./load-demo-indicators";
import { replaceDemoRegistry } from "./load-demo-registry";
import { loadDemoServices } from "./load-demo-services";

/** The size of the national data set (`npm run seed -- --scale national`). */
export interface NationalScale {
  /** Registry organizations; the service catalogue adds an OPS per gmina and a PCPR per powiat (~2 900). */
  organizations: number;
  services: number;
  goodPractices: number;
  /** Gminy with an LPDI and gminy with their own OZPS or strategy (with the powiat and regional ones, ~5 000 documents). */
  lpdiGminy: number;
  reportGminy: number;
}

export const NATIONAL_SCALE: NationalScale = {
  organizations: 27_000,
  services: 100_000,
  goodPractices: 2_000,
  lpdiGminy: 2_477,
  reportGminy: 1_750,
};

export interface NationalDataSetCounts {
  organizations: number;
  services: number;
  locations: number;
  goodPractices: number;
  documents: number;
  documentPages: number;
  indicatorValues: number;
  seconds: Record<"registry" | "services" | "goodPractices" | "documents" | "indicators", number>;
}

/**
 * Replaces all demo data with the national data set: every gmina of Poland, deterministic for one
 * seed (each part draws from its own seed derived from it). Refuses, like the demo registry, to touch
 * a registry holding real organizations.
 */
export async function replaceWithNationalDataSet(
  em: EntityManager,
  storage: FileStorage,
  options: { seed: number; today: string; scale?: NationalScale },
): Promise<NationalDataSetCounts> {
  const { seed, today } = options;
  const scale = options.scale ?? NATIONAL_SCALE;
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, Math.round((performance.now() - started) / 100) / 10];
  };
  // Demo events are organized by demo organizations (no cascade) and the rest would keep pointing
  // at podlaskie only; the hub reloads demo events on its next start.
  await em.transactional(async (tx) => {
    await lockDemoLoad(tx, "demo-national");
    for (const table of ["event", "good_practice", "document", "indicator"]) {
      await tx.execute(`delete from ${table} where is_demo`, [], "run");
    }
  });
  const [registry, registrySeconds] = await timed(() =>
    replaceDemoRegistry(em.fork(), { organizationCount: scale.organizations, seed, today }),
  );
  const [services, servicesSeconds] = await timed(() =>
    loadDemoServices(em.fork(), { seed: seed + 1, today, serviceCount: scale.services, wholeCountry: true }),
  );
  const [practices, practicesSeconds] = await timed(() =>
    loadDemoGoodPractices(em.fork(), {
      seed: seed + 2,
      today,
      count: scale.goodPractices,
      wholeCountry: true,
    }),
  );
  const [documents, documentsSeconds] = await timed(() =>
    loadDemoDocuments(em.fork(), storage, {
      seed: seed + 3,
      wholeCountry: true,
      lpdiGminy: scale.lpdiGminy,
      reportGminy: scale.reportGminy,
    }),
  );
  const [indicators, indicatorsSeconds] = await timed(() =>
    loadDemoIndicators(em.fork(), { seed: seed + 4, wholeCountry: true }),
  );
  return {
    organizations: registry.counts.organizations + services.organizations,
    services: services.services,
    locations: services.locations,
    goodPractices: practices.goodPractices,
    documents: documents.documents,
    documentPages: documents.pages,
    indicatorValues: indicators.values,
    seconds: {
      registry: registrySeconds,
      services: servicesSeconds,
      goodPractices: practicesSeconds,
      documents: documentsSeconds,
      indicators: indicatorsSeconds,
    },
  };
}
