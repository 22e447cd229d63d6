import { Meilisearch } from "meilisearch";
import { engineError, keepAliveHttpClient } from "./keep-alive-http-client";
import { buildMeilisearchFilter } from "./meilisearch-filter";
import type {
  FederatedSearchRequest,
  FederatedSearchResult,
  FilterCondition,
  IndexedSearchRequest,
  IndexDefinition,
  SearchProvider,
  SearchRequest,
  SearchResult,
} from "./search-provider";

export interface MeilisearchConnection {
  url: string;
  apiKey?: string;
  /** Prepended to every index name, so that several hubs (or test runs) can share one server. */
  indexPrefix?: string;
}

const TASK_TIMEOUT_MS = 120_000;
const UPSERT_BATCH_SIZE = 10_000;

function isIndexNotFound(error: unknown): boolean {
  return engineError(error)?.cause?.code === "index_not_found";
}

export class MeilisearchProvider implements SearchProvider {
  private readonly client: Meilisearch;
  private readonly indexPrefix: string;
  /** Indexes whose settings this process has already applied; settings live in code and change on deploy. */
  private readonly ensured: Set<string>;

  constructor(
    private readonly connection: MeilisearchConnection,
    /** Index names redirected to others (see `withIndexRenamed`). */
    private readonly renamed: ReadonlyMap<string, string> = new Map(),
    ensured?: Set<string>,
  ) {
    this.client = new Meilisearch({
      host: connection.url,
      apiKey: connection.apiKey,
      httpClient: keepAliveHttpClient(),
    });
    this.indexPrefix = connection.indexPrefix ?? "";
    this.ensured = ensured ?? new Set();
  }

  /** The engine's name of an index: prefixed, after any redirection. */
  private uid(name: string): string {
    return this.indexPrefix + (this.renamed.get(name) ?? name);
  }

  private index(name: string) {
    return this.client.index(this.uid(name));
  }

  withIndexRenamed(name: string, target: string): SearchProvider {
    return new MeilisearchProvider(this.connection, new Map([...this.renamed, [name, target]]), this.ensured);
  }

  async isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  async ensureIndex({ name, primaryKey, settings }: IndexDefinition): Promise<void> {
    const uid = this.uid(name);
    if (this.ensured.has(uid)) return;
    try {
      await this.client.getRawIndex(uid);
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
      await this.client.createIndex(uid, { primaryKey }).waitTask({ timeout: TASK_TIMEOUT_MS });
    }
    // Updating settings to the values they already have is a no-op task in Meilisearch.
    const task = await this.index(name).updateSettings(settings).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded") {
      throw new Error(`Settings of index "${name}" failed: ${task.error?.message ?? task.status}`);
    }
    this.ensured.add(uid);
  }

  async upsertDocuments<TDocument extends object>(index: string, documents: TDocument[]): Promise<void> {
    if (documents.length === 0) return;
    // In batches: Meilisearch drops request bodies over 100 MB (~50 000 service documents). It
    // indexes consecutive batches as one, so the first finishes with the last: the wait allows
    // the timeout once per batch.
    const enqueued = await Promise.all(this.index(index).addDocumentsInBatches(documents, UPSERT_BATCH_SIZE));
    const tasks = await this.client.tasks.waitForTasks(enqueued, {
      timeout: TASK_TIMEOUT_MS * enqueued.length,
    });
    const failed = tasks.find((task) => task.status !== "succeeded");
    if (failed) throw new Error(`Indexing into "${index}" failed: ${failed.error?.message ?? failed.status}`);
  }

  async deleteDocumentsExcept(index: string, primaryKey: string, keep: readonly string[]): Promise<void> {
    const keepSet = new Set(keep);
    const stale: string[] = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index(index).getDocuments({ fields: [primaryKey], limit: 1000, offset });
      for (const document of page.results) {
        const id = String((document as Record<string, unknown>)[primaryKey]);
        if (!keepSet.has(id)) stale.push(id);
      }
      if (page.results.length < 1000) break;
    }
    if (stale.length === 0) return;
    await this.index(index).deleteDocuments(stale).waitTask({ timeout: TASK_TIMEOUT_MS });
  }

  async deleteDocuments(index: string, ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const task = await this.index(index)
      .deleteDocuments([...ids])
      .waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded" && task.error?.code !== "index_not_found") {
      throw new Error(`Deleting from "${index}" failed: ${task.error?.message ?? task.status}`);
    }
  }

  async fetchDocuments(index: string, page: { offset: number; limit: number }) {
    try {
      return (await this.index(index).getDocuments<Record<string, unknown>>(page)).results;
    } catch (error) {
      if (isIndexNotFound(error)) return [];
      throw error;
    }
  }

  async swapIndexes(first: string, second: string): Promise<void> {
    const task = await this.client
      .swapIndexes([{ indexes: [this.uid(first), this.uid(second)], rename: false }])
      .waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded") {
      throw new Error(`Swapping "${first}" and "${second}" failed: ${task.error?.message ?? task.status}`);
    }
  }

  async deleteIndex(index: string): Promise<void> {
    const uid = this.uid(index);
    this.ensured.delete(uid);
    const task = await this.client.deleteIndex(uid).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded" && task.error?.code !== "index_not_found") {
      throw new Error(`Deleting index "${index}" failed: ${task.error?.message ?? task.status}`);
    }
  }

  async deleteDocumentsWhere(index: string, filter: readonly FilterCondition[]): Promise<void> {
    await this.index(index)
      .deleteDocuments({ filter: buildMeilisearchFilter(filter) })
      .waitTask({ timeout: TASK_TIMEOUT_MS });
  }

  async countDocuments(index: string): Promise<number> {
    try {
      return (await this.index(index).getStats()).numberOfDocuments;
    } catch (error) {
      if (isIndexNotFound(error)) return 0;
      throw error;
    }
  }

  async search<TDocument>(index: string, request: SearchRequest): Promise<SearchResult<TDocument>> {
    const { q, ...parameters } = searchParameters(request);
    return searchResult<TDocument>(await this.index(index).search(q, parameters), request);
  }

  async searchEach(requests: readonly IndexedSearchRequest[]) {
    const response = await this.client.multiSearch({
      queries: requests.map((request) => ({
        indexUid: this.uid(request.index),
        ...searchParameters(request),
      })),
    });
    return response.results.map((result, position) =>
      searchResult<Record<string, unknown>>(result, requests[position]!),
    );
  }

  async federatedSearch({ queries, limit, offset }: FederatedSearchRequest): Promise<FederatedSearchResult> {
    const nameByUid = new Map(queries.map((query) => [this.uid(query.index), query.index]));
    const facetsByIndex = Object.fromEntries(
      queries.filter((query) => query.facets?.length).map((query) => [this.uid(query.index), query.facets!]),
    );
    const response = await this.client.multiSearch({
      federation: { limit, offset, ...(Object.keys(facetsByIndex).length > 0 && { facetsByIndex }) },
      queries: queries.map(({ index, query, filter, weight, highlight }) => ({
        indexUid: this.uid(index),
        q: query,
        filter: filter?.length ? buildMeilisearchFilter(filter) : undefined,
        federationOptions: { weight: weight ?? 1 },
        ...(highlight && {
          attributesToHighlight: highlight.attributes,
          highlightPreTag: highlight.preTag,
          highlightPostTag: highlight.postTag,
          ...(highlight.cropWords && {
            attributesToCrop: highlight.attributes,
            cropLength: highlight.cropWords,
            cropMarker: "",
          }),
        }),
      })),
    });
    return {
      hits: response.hits.map(({ _formatted, _federation, ...document }) => ({
        index: nameByUid.get(_federation?.indexUid ?? "") ?? "",
        document,
        formatted: (_formatted ?? {}) as Record<string, unknown>,
      })),
      estimatedTotalHits: response.estimatedTotalHits ?? response.hits.length,
      processingTimeMs: response.processingTimeMs,
      facetsByIndex: Object.fromEntries(
        Object.entries(response.facetsByIndex ?? {}).map(([uid, facets]) => [
          nameByUid.get(uid) ?? uid,
          facets.distribution,
        ]),
      ),
    };
  }
}

function searchParameters(request: SearchRequest) {
  const { snippet } = request;
  return {
    q: request.query,
    filter: request.filter ? buildMeilisearchFilter(request.filter) : undefined,
    limit: request.limit,
    offset: request.offset,
    ...(request.searchOn && { attributesToSearchOn: [...request.searchOn] }),
    ...(snippet && {
      attributesToCrop: [snippet.attribute],
      cropLength: snippet.words,
      cropMarker: "",
      attributesToHighlight: [snippet.attribute],
      highlightPreTag: snippet.preTag,
      highlightPostTag: snippet.postTag,
    }),
  };
}

function searchResult<TDocument>(
  response: { hits: Record<string, unknown>[]; estimatedTotalHits?: number },
  { snippet }: SearchRequest,
): SearchResult<TDocument> {
  const hits = response.hits.map(({ _formatted, ...hit }) =>
    snippet
      ? { ...hit, _snippet: String((_formatted as Record<string, unknown>)?.[snippet.attribute] ?? "") }
      : hit,
  );
  return {
    hits: hits as (TDocument & { _snippet?: string })[],
    estimatedTotalHits: response.estimatedTotalHits ?? response.hits.length,
  };
}
