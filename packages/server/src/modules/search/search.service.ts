import type { EntityManager } from "@mikro-orm/postgresql";
import {
  ancestorCodes,
  foldPolish,
  ORGANIZATIONS_INDEX,
  SERVICE_AREA_LABELS_PL,
  SERVICE_AREAS,
  SERVICE_TYPE_AREA,
  SERVICE_TYPE_LABELS_PL,
  SERVICE_TYPES,
  TERRITORIAL_UNITS_INDEX,
} from "@obserwatorium/schema";
import type { SearchProvider } from "@obserwatorium/search-indexer";
import { InvalidInputError } from "../common/errors";
import type { Logger } from "../common/logger";
import type { PostgresTextFallback } from "../common/text-fallback";
import type { SearchArgs, SearchFilterInput } from "./dto/search.args";
import { resolveHits, type HitLoaders, type RankedMatch, type ResolvedHit } from "./search-hits";
import {
  federatedQueries,
  searchedTypes,
  snippetAttribute,
  TYPE_OF_INDEX,
  INDEX_OF_TYPE,
} from "./search-queries";
import type { SearchHitType, SuggestionKind } from "./search.enums";

const MAX_FIRST = 50;
const MAX_QUERY = 200;
const SUGGESTIONS_PER_KIND = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchResults {
  hits: ResolvedHit[];
  totalHits: number;
  processingTimeMs: number;
  facets: Record<"types" | "serviceAreas" | "targetGroups" | "legalForms" | "documentKinds", FacetCount[]>;
  degraded: boolean;
  endCursor: string | null;
  hasNextPage: boolean;
}

export interface Suggestion {
  kind: SuggestionKind;
  label: string;
  value: string;
}

function counts(...distributions: (Record<string, number> | undefined)[]): FacetCount[] {
  const total = new Map<string, number>();
  for (const distribution of distributions)
    for (const [value, count] of Object.entries(distribution ?? {}))
      total.set(value, (total.get(value) ?? 0) + count);
  return [...total].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);
}

const sum = (distribution: Record<string, number> | undefined) =>
  Object.values(distribution ?? {}).reduce((total, count) => total + count, 0);

function decodeCursor(after: string | null | undefined): number {
  if (after == null) return 0;
  const match = /^offset:(\d{1,6})$/.exec(Buffer.from(after, "base64url").toString());
  if (!match) throw new InvalidInputError("after", "is not a cursor of this search");
  return Number(match[1]);
}

/**
 * The site-wide search: one Meilisearch federated multi-search over every index, hits confirmed
 * and loaded from PostgreSQL; PostgreSQL alone (unaccent + pg_trgm) while Meilisearch is down.
 */
export class SearchService {
  constructor(
    private readonly provider: SearchProvider,
    private readonly fallback: PostgresTextFallback,
    private readonly em: EntityManager,
    private readonly loaders: HitLoaders,
    private readonly logger: Logger,
  ) {}

  async search(args: SearchArgs): Promise<SearchResults> {
    const query = args.query.trim();
    if (query.length > MAX_QUERY) throw new InvalidInputError("query", `at most ${MAX_QUERY} characters`);
    const { first } = args;
    if (!Number.isInteger(first) || first < 1 || first > MAX_FIRST)
      throw new InvalidInputError("first", `between 1 and ${MAX_FIRST}`);
    const filter: SearchFilterInput = args.filter ?? {};
    if (filter.areaCode != null && !/^\d{2}(\d{2}(\d{3})?)?$/.test(filter.areaCode))
      throw new InvalidInputError("filter.areaCode", "a TERYT code of 2, 4 or 7 digits");
    const near = args.near;
    if (near && !(near.radiusKm > 0 && near.radiusKm <= 500))
      throw new InvalidInputError("near.radiusKm", "between 0 and 500");
    const offset = decodeCursor(args.after);
    const searched = searchedTypes(args.types, filter, near);
    if (searched.length === 0 || query === "") return this.empty(false);
    try {
      return await this.searchEngine(query, searched, first, offset);
    } catch (error) {
      this.logger.warn("Federated search failed; PostgreSQL answers in degraded mode", { error });
      return this.searchDegraded(
        query,
        searched.map((entry) => entry.type),
        filter,
        first,
        offset,
      );
    }
  }

  private empty(degraded: boolean): SearchResults {
    const facets = { types: [], serviceAreas: [], targetGroups: [], legalForms: [], documentKinds: [] };
    return {
      hits: [],
      totalHits: 0,
      processingTimeMs: 0,
      facets,
      degraded,
      endCursor: null,
      hasNextPage: false,
    };
  }

  private async searchEngine(
    query: string,
    searched: ReturnType<typeof searchedTypes>,
    first: number,
    offset: number,
  ): Promise<SearchResults> {
    const response = await this.provider.federatedSearch({
      queries: federatedQueries(query, searched),
      limit: first,
      offset,
    });
    const matches: RankedMatch[] = [];
    const seenDocuments = new Set<string>();
    for (const hit of response.hits) {
      const type = TYPE_OF_INDEX[hit.index];
      if (!type) continue;
      const formatted = String(hit.formatted[snippetAttribute(type)] ?? "");
      if (type === "DOCUMENT") {
        const documentId = String(hit.document.documentId);
        if (seenDocuments.has(documentId)) continue;
        seenDocuments.add(documentId);
        const page = { fileId: String(hit.document.fileId), pageNumber: Number(hit.document.pageNumber) };
        matches.push({ type, id: documentId, formatted, page });
      } else {
        matches.push({
          type,
          id: String(hit.document[type === "TERRITORIAL_UNIT" ? "code" : "id"]),
          formatted,
        });
      }
    }
    const facets = response.facetsByIndex;
    const typeCounts = searched.map(({ type }) => {
      const distribution = facets[INDEX_OF_TYPE[type]];
      return {
        value: type,
        count: sum(distribution?.[type === "TERRITORIAL_UNIT" ? "level" : "publicationState"]),
      };
    });
    const next = offset + response.hits.length;
    return {
      hits: await resolveHits(this.em, this.loaders, matches),
      totalHits: response.estimatedTotalHits,
      processingTimeMs: response.processingTimeMs,
      facets: {
        types: typeCounts.filter((entry) => entry.count > 0),
        serviceAreas: counts(facets.services?.serviceArea, facets["good-practices"]?.serviceAreas),
        targetGroups: counts(facets.services?.targetGroups, facets["good-practices"]?.targetGroups),
        legalForms: counts(facets.organizations?.legalForm),
        documentKinds: counts(facets["document-pages"]?.kind),
      },
      degraded: false,
      endCursor:
        next < response.estimatedTotalHits ? Buffer.from(`offset:${next}`).toString("base64url") : null,
      hasNextPage: next < response.estimatedTotalHits,
    };
  }

  private async searchDegraded(
    query: string,
    types: SearchHitType[],
    filter: SearchFilterInput,
    first: number,
    offset: number,
  ): Promise<SearchResults> {
    const started = Date.now();
    const lists = await Promise.all(
      types.map(async (type): Promise<RankedMatch[]> => {
        if (type === "DOCUMENT") {
          const pages = await this.fallback.documentPages(query, true, 200);
          const seen = new Set<string>();
          return pages
            .filter((page) => !seen.has(page.documentId) && seen.add(page.documentId))
            .map((page) => ({ type, id: page.documentId, formatted: "", page }));
        }
        const ids = await this.fallback.rankedIds(INDEX_OF_TYPE[type], query, true, 200);
        return ids.map((id) => ({ type, id, formatted: "" }));
      }),
    );
    // Every list is ranked on its own; taking them in turns gives every type its best first.
    const merged: RankedMatch[] = [];
    for (let rank = 0; merged.length < lists.reduce((total, list) => total + list.length, 0); rank++)
      for (const list of lists) if (list[rank]) merged.push(list[rank]!);
    const kept = await this.keepMatching(merged, filter);
    const page = kept.slice(offset, offset + first);
    const next = offset + page.length;
    const typeCounts = types
      .map((type) => ({ value: type, count: kept.filter((match) => match.type === type).length }))
      .filter((entry) => entry.count > 0);
    return {
      ...this.empty(true),
      hits: await resolveHits(this.em, this.loaders, page),
      totalHits: kept.length,
      processingTimeMs: Date.now() - started,
      facets: { ...this.empty(true).facets, types: typeCounts },
      endCursor: next < kept.length ? Buffer.from(`offset:${next}`).toString("base64url") : null,
      hasNextPage: next < kept.length,
    };
  }

  /** The structured filters, checked on the records themselves (degraded mode only). */
  private async keepMatching(matches: RankedMatch[], filter: SearchFilterInput): Promise<RankedMatch[]> {
    const areaCode = filter.areaCode ?? null;
    // teryt_overlaps: the unit lies inside the chosen area or contains it.
    const within = (codes: string[]) =>
      areaCode === null || codes.some((code) => code.startsWith(areaCode) || areaCode.startsWith(code));
    const any = <T>(wanted: T[] | null | undefined, values: readonly T[]) =>
      !wanted?.length || values.some((value) => wanted.includes(value));
    const checks = await Promise.all(
      matches.map(async (match) => {
        switch (match.type) {
          case "SERVICE": {
            const service = await this.loaders.service.serviceById.load(match.id);
            if (!service) return false;
            const locations = await this.loaders.service.locationsByService.load(match.id);
            const areas = await this.loaders.service.areaCodesByService.load(match.id);
            return (
              within([...areas, ...locations.map((location) => location.gminaCode)]) &&
              any(filter.serviceAreas, [SERVICE_TYPE_AREA[service.serviceType]]) &&
              any(filter.targetGroups, service.targetGroups) &&
              any(filter.languages, service.languages) &&
              (!filter.freeOnly || service.costKind === "FREE")
            );
          }
          case "ORGANIZATION": {
            const organization = await this.loaders.organization.organizationById.load(match.id);
            if (!organization) return false;
            const areas = await this.loaders.organization.areaCodesByOrganization.load(match.id);
            return (
              within([organization.seatGminaCode, ...areas]) &&
              any(filter.legalForms, [organization.legalForm])
            );
          }
          case "GOOD_PRACTICE": {
            const practice = await this.loaders.goodPractice.goodPracticeById.load(match.id);
            if (!practice) return false;
            const areas = await this.loaders.goodPractice.areaCodesByPractice.load(match.id);
            return (
              within(areas) &&
              any(filter.serviceAreas, practice.serviceAreas) &&
              any(filter.targetGroups, practice.targetGroups)
            );
          }
          case "DOCUMENT": {
            const document = await this.loaders.document.documentById.load(match.id);
            if (!document) return false;
            const unit = document.territorialUnitCode;
            return within(unit == null ? [] : [unit]) && any(filter.documentKinds, [document.kind]);
          }
          case "TERRITORIAL_UNIT":
            return areaCode === null || ancestorCodes(match.id).includes(areaCode);
        }
      }),
    );
    return matches.filter((_, index) => checks[index]);
  }

  /** Completions for a search box: places, categories of the Koszyk usług, organizations. */
  async suggest(prefix: string): Promise<Suggestion[]> {
    const text = prefix.trim();
    if (text.length > 100) throw new InvalidInputError("prefix", "at most 100 characters");
    if (text.length === 0) return [];
    const folded = foldPolish(text).toLowerCase();
    const matchesLabel = (label: string) =>
      foldPolish(label)
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .some(
          (word, index, words) => words.slice(index).join(" ").startsWith(folded) || word.startsWith(folded),
        );
    const categories: Suggestion[] = [
      ...SERVICE_AREAS.filter((area) => matchesLabel(SERVICE_AREA_LABELS_PL[area])).map((area) => ({
        kind: "SERVICE_AREA" as const,
        label: SERVICE_AREA_LABELS_PL[area],
        value: area,
      })),
      ...SERVICE_TYPES.filter((type) => matchesLabel(SERVICE_TYPE_LABELS_PL[type])).map((type) => ({
        kind: "SERVICE_TYPE" as const,
        label: SERVICE_TYPE_LABELS_PL[type],
        value: type,
      })),
    ].slice(0, SUGGESTIONS_PER_KIND);
    return [...(await this.suggestRecords(text)), ...categories];
  }

  private async suggestRecords(text: string): Promise<Suggestion[]> {
    let places: string[];
    let organizations: string[];
    try {
      // Names only: completions complete names, and a short prefix over every text is slow.
      // Both kinds in one round trip: at autocomplete's pace the request is most of the cost.
      const query = foldPolish(text);
      const [units, orgs] = await this.provider.searchEach([
        {
          index: TERRITORIAL_UNITS_INDEX,
          query,
          searchOn: ["name", "nameFolded"],
          limit: SUGGESTIONS_PER_KIND,
          offset: 0,
        },
        {
          index: ORGANIZATIONS_INDEX,
          query,
          searchOn: ["name", "nameFolded", "shortName"],
          filter: [{ attribute: "publicationState", anyOf: ["PUBLISHED"] }],
          limit: SUGGESTIONS_PER_KIND,
          offset: 0,
        },
      ]);
      places = units!.hits.map((hit) => String(hit.code));
      organizations = orgs!.hits.map((hit) => String(hit.id));
    } catch (error) {
      this.logger.warn("Suggestions from the search engine failed; PostgreSQL answers", { error });
      places = await this.fallback.rankedIds(TERRITORIAL_UNITS_INDEX, text, true, SUGGESTIONS_PER_KIND);
      organizations = await this.fallback.rankedIds(ORGANIZATIONS_INDEX, text, true, SUGGESTIONS_PER_KIND);
    }
    const [confirmed, published] = await Promise.all([
      this.confirmedPlaces(places),
      this.publishedOrganizations(organizations),
    ]);
    return [...confirmed, ...published];
  }

  // Completions need a name and a key only: one light query each rather than whole entities, with
  // PostgreSQL still deciding what exists and what is published, in the engine's order.
  private async confirmedPlaces(codes: string[]): Promise<Suggestion[]> {
    if (codes.length === 0) return [];
    const rows = await this.em
      .getConnection()
      .execute<{ code: string; name: string }[]>(
        "select code, name from territorial_unit where code in (?)",
        [codes],
        "all",
      );
    const byCode = new Map(rows.map((row) => [row.code, row.name]));
    return codes.flatMap((code) =>
      byCode.has(code) ? [{ kind: "PLACE" as const, label: byCode.get(code)!, value: code }] : [],
    );
  }

  private async publishedOrganizations(ids: string[]): Promise<Suggestion[]> {
    const uuids = ids.filter((id) => UUID.test(id));
    if (uuids.length === 0) return [];
    const rows = await this.em.getConnection().execute<{ id: string; name: string; slug: string }[]>(
      `select id, name, slug from organization
       where id in (?) and publication_state = 'PUBLISHED'`,
      [uuids],
      "all",
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return uuids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ kind: "ORGANIZATION" as const, label: row.name, value: row.slug }] : [];
    });
  }
}
