import type { Settings } from "meilisearch";

/**
 * Every condition must hold (AND). "attribute is one of values" (values within one are OR), "is
 * none of them", "the list attribute is not empty", "`_geo` within `meters` of a point", or "at
 * least one of these conditions".
 */
export type FilterCondition =
  | { either: readonly FilterCondition[] }
  | { attribute: string; anyOf: readonly (string | number)[] }
  | { attribute: string; noneOf: readonly (string | number)[] }
  | { attribute: string; notEmpty: true }
  | { geoRadius: { lat: number; lng: number; meters: number } };

export interface SearchRequest {
  query: string;
  filter?: readonly FilterCondition[];
  limit: number;
  offset: number;
  /** Only these searchable attributes (e.g. names for autocomplete); all of them by default. */
  searchOn?: readonly string[];
  /** A window of `words` words around the best match of `attribute`, matches between the tags. */
  snippet?: { attribute: string; words: number; preTag: string; postTag: string };
}

export interface IndexedSearchRequest extends SearchRequest {
  index: string;
}

export interface SearchResult<TDocument> {
  /** With `snippet` requested, each hit carries it as `_snippet`. */
  hits: (TDocument & { _snippet?: string })[];
  estimatedTotalHits: number;
}

export interface IndexDefinition {
  name: string;
  primaryKey: string;
  settings: Settings;
}

/** Everything the hub needs from a search engine; Meilisearch is the one implementation. */
export interface SearchProvider {
  isHealthy(): Promise<boolean>;
  ensureIndex(definition: IndexDefinition): Promise<void>;
  upsertDocuments<TDocument extends object>(index: string, documents: TDocument[]): Promise<void>;
  deleteDocumentsExcept(index: string, primaryKey: string, keep: readonly string[]): Promise<void>;
  /** Deletes the documents with these primary keys; unknown keys are ignored. */
  deleteDocuments(index: string, ids: readonly string[]): Promise<void>;
  /** Deletes every document matching all conditions (attributes must be filterable). */
  deleteDocumentsWhere(index: string, filter: readonly FilterCondition[]): Promise<void>;
  countDocuments(index: string): Promise<number>;
  search<TDocument>(index: string, request: SearchRequest): Promise<SearchResult<TDocument>>;
  /** Several independent searches in one round trip, results in the order asked. */
  searchEach(requests: readonly IndexedSearchRequest[]): Promise<SearchResult<Record<string, unknown>>[]>;
  /** One ranked list over several indexes (Meilisearch federated multi-search). */
  federatedSearch(request: FederatedSearchRequest): Promise<FederatedSearchResult>;
  /** One page of stored documents, every field, in primary-key order of the engine. */
  fetchDocuments(index: string, page: { offset: number; limit: number }): Promise<Record<string, unknown>[]>;
  /** Exchanges the contents of two existing indexes atomically: readers see one or the other. */
  swapIndexes(first: string, second: string): Promise<void>;
  /** Removes an index and its documents; nothing happens when it does not exist. */
  deleteIndex(index: string): Promise<void>;
  /** The same engine with `name` read and written as `target` (to build a replacement index). */
  withIndexRenamed(name: string, target: string): SearchProvider;
}

export interface FederatedQuery {
  index: string;
  query: string;
  filter?: readonly FilterCondition[];
  /** Multiplies this index's ranking scores in the merged list; 1 by default. */
  weight?: number;
  /** Attributes returned with the matched words between the tags (cropped when `cropWords`). */
  highlight?: { attributes: string[]; cropWords?: number; preTag: string; postTag: string };
  /** Facet counts of this index over all its matches (attributes must be filterable). */
  facets?: string[];
}

export interface FederatedSearchRequest {
  queries: readonly FederatedQuery[];
  limit: number;
  offset: number;
}

export interface FederatedHit {
  /** The index (as the hub names it) the hit comes from. */
  index: string;
  document: Record<string, unknown>;
  /** Highlighted (and cropped) values of the requested attributes. */
  formatted: Record<string, unknown>;
}

export interface FederatedSearchResult {
  hits: FederatedHit[];
  estimatedTotalHits: number;
  processingTimeMs: number;
  /** index → attribute → value → count */
  facetsByIndex: Record<string, Record<string, Record<string, number>>>;
}
