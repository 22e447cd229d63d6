import type { Settings } from "meilisearch";

/** "attribute is one of values": every condition must hold (AND); values within one are OR. */
export interface FilterCondition {
  attribute: string;
  anyOf: readonly (string | number)[];
}

export interface SearchRequest {
  query: string;
  filter?: readonly FilterCondition[];
  limit: number;
  offset: number;
  /** A window of `words` words around the best match of `attribute`, matches between the tags. */
  snippet?: { attribute: string; words: number; preTag: string; postTag: string };
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
  /** Deletes every document matching all conditions (attributes must be filterable). */
  deleteDocumentsWhere(index: string, filter: readonly FilterCondition[]): Promise<void>;
  countDocuments(index: string): Promise<number>;
  search<TDocument>(index: string, request: SearchRequest): Promise<SearchResult<TDocument>>;
}
