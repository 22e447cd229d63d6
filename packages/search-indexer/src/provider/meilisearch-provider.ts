import { Meilisearch, MeilisearchApiError } from "meilisearch";
import { buildMeilisearchFilter } from "./meilisearch-filter";
import type {
  FilterCondition,
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

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";
}

export class MeilisearchProvider implements SearchProvider {
  private readonly client: Meilisearch;
  private readonly indexPrefix: string;
  /** Indexes whose settings this process has already applied; settings live in code and change on deploy. */
  private readonly ensured = new Set<string>();

  constructor(connection: MeilisearchConnection) {
    this.client = new Meilisearch({ host: connection.url, apiKey: connection.apiKey });
    this.indexPrefix = connection.indexPrefix ?? "";
  }

  private index(name: string) {
    return this.client.index(this.indexPrefix + name);
  }

  async isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  async ensureIndex({ name, primaryKey, settings }: IndexDefinition): Promise<void> {
    if (this.ensured.has(name)) return;
    try {
      await this.client.getRawIndex(this.indexPrefix + name);
    } catch (error) {
      if (!isIndexNotFound(error)) throw error;
      await this.client
        .createIndex(this.indexPrefix + name, { primaryKey })
        .waitTask({ timeout: TASK_TIMEOUT_MS });
    }
    // Updating settings to the values they already have is a no-op task in Meilisearch.
    const task = await this.index(name).updateSettings(settings).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded") {
      throw new Error(`Settings of index "${name}" failed: ${task.error?.message ?? task.status}`);
    }
    this.ensured.add(name);
  }

  async upsertDocuments<TDocument extends object>(index: string, documents: TDocument[]): Promise<void> {
    if (documents.length === 0) return;
    const task = await this.index(index).addDocuments(documents).waitTask({ timeout: TASK_TIMEOUT_MS });
    if (task.status !== "succeeded") {
      throw new Error(`Indexing into "${index}" failed: ${task.error?.message ?? task.status}`);
    }
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
    const { snippet } = request;
    const response = await this.index(index).search(request.query, {
      filter: request.filter ? buildMeilisearchFilter(request.filter) : undefined,
      limit: request.limit,
      offset: request.offset,
      ...(snippet && {
        attributesToCrop: [snippet.attribute],
        cropLength: snippet.words,
        cropMarker: "",
        attributesToHighlight: [snippet.attribute],
        highlightPreTag: snippet.preTag,
        highlightPostTag: snippet.postTag,
      }),
    });
    const hits = response.hits.map(({ _formatted, ...hit }) =>
      snippet ? { ...hit, _snippet: String(_formatted?.[snippet.attribute] ?? "") } : hit,
    );
    return {
      hits: hits as (TDocument & { _snippet?: string })[],
      estimatedTotalHits: response.estimatedTotalHits ?? response.hits.length,
    };
  }
}
