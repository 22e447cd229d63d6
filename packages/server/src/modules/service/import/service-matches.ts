import type { EntityManager } from "@mikro-orm/postgresql";
import { keyText } from "../../common/csv-import/import-text";

/**
 * The natural key of a service: its provider, its title (case, Polish letters, punctuation and
 * spacing aside) and, when the file has location columns, its place: the gmina's TERYT code and
 * the street address compared the same way. No place means "a service without locations".
 */
export interface ServiceKey {
  providerUuid: string | null;
  title: string;
  /** `gmina|street`, "" for no location, null when the file has no location columns. */
  location: string | null;
}

export const locationKey = (gminaCode: string, streetAddress: string) =>
  `${gminaCode.trim()}|${keyText(streetAddress)}`;

export const serviceKeyText = (key: ServiceKey) =>
  `${key.providerUuid ?? "-"}|${key.title}|${key.location ?? "*"}`;

interface Candidate {
  id: string;
  slug: string;
  /** Location keys of its locations, in position order. */
  locations: string[];
}

/** Stored services of the given providers and titles, with their location keys, in two queries. */
export class ServiceMatcher {
  private constructor(private readonly byProviderAndTitle: Map<string, Candidate[]>) {}

  static async load(em: EntityManager, keys: ServiceKey[]): Promise<ServiceMatcher> {
    const providers = [...new Set(keys.flatMap((key) => key.providerUuid ?? []))];
    const withoutProvider = keys.some((key) => key.providerUuid === null);
    const connection = em.getConnection();
    const services = keys.length
      ? await connection.execute<{ id: string; slug: string; title: string; provider: string | null }[]>(
          `select id, slug, title, provider_organization_id as provider from service
            where provider_organization_id in (?) ${withoutProvider ? "or provider_organization_id is null" : ""}`,
          [["00000000-0000-0000-0000-000000000000", ...providers]],
          "all",
        )
      : [];
    const titles = new Set(keys.map((key) => `${key.providerUuid ?? "-"}|${key.title}`));
    const wanted = services.filter((s) => titles.has(`${s.provider ?? "-"}|${keyText(s.title)}`));
    const locations = wanted.length
      ? await connection.execute<{ service_id: string; gmina_code: string; street_address: string }[]>(
          `select service_id, gmina_code, street_address from service_location
            where service_id in (?) order by position`,
          [wanted.map((s) => s.id)],
          "all",
        )
      : [];
    const map = new Map<string, Candidate[]>();
    for (const service of wanted) {
      const key = `${service.provider ?? "-"}|${keyText(service.title)}`;
      const own = locations
        .filter((location) => location.service_id === service.id)
        .map((location) => locationKey(location.gmina_code, location.street_address));
      map.set(key, [...(map.get(key) ?? []), { id: service.id, slug: service.slug, locations: own }]);
    }
    return new ServiceMatcher(map);
  }

  /** The stored services with this key, and for each the index of the matched location (or null). */
  find(key: ServiceKey): { id: string; slug: string; locationIndex: number | null }[] {
    const candidates = this.byProviderAndTitle.get(`${key.providerUuid ?? "-"}|${key.title}`) ?? [];
    if (key.location === null) return candidates.map(({ id, slug }) => ({ id, slug, locationIndex: null }));
    if (key.location === "") {
      return candidates
        .filter((c) => c.locations.length === 0)
        .map(({ id, slug }) => ({ id, slug, locationIndex: null }));
    }
    return candidates.flatMap(({ id, slug, locations }) => {
      const index = locations.indexOf(key.location!);
      return index < 0 ? [] : [{ id, slug, locationIndex: index }];
    });
  }
}
