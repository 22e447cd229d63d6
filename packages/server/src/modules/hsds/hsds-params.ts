import type { Request } from "express";
import { UUID_PATTERN } from "./hsds-ids";
import { termById, type HsdsTaxonomyTerm } from "./hsds-taxonomy";

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 50;
const MAX_SEARCH_LENGTH = 200;
/** ISO 8601 date, or date and time with seconds optional, fraction optional and a zone required. */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** A query parameter the client got wrong; answered with 400 naming it. */
export class HsdsParameterError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export interface PageParams {
  page: number;
  perPage: number;
}

export interface ServiceListParams extends PageParams {
  search?: string;
  term?: HsdsTaxonomyTerm;
  modifiedAfter?: Date;
}

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== "string") throw new HsdsParameterError(name, "must be given once");
  return value;
}

function positiveInteger(req: Request, name: string, fallback: number, max?: number): number {
  const text = single(req, name);
  if (text === undefined) return fallback;
  const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(value) || value < 1)
    throw new HsdsParameterError(name, "must be a whole number from 1");
  if (max !== undefined && value > max) throw new HsdsParameterError(name, `must be at most ${max}`);
  return value;
}

export function pageParams(req: Request): PageParams {
  return {
    page: positiveInteger(req, "page", 1),
    perPage: positiveInteger(req, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE),
  };
}

export function serviceListParams(req: Request): ServiceListParams {
  const params: ServiceListParams = pageParams(req);
  const search = single(req, "search")?.trim();
  if (search && search.length > MAX_SEARCH_LENGTH) {
    throw new HsdsParameterError("search", `must be at most ${MAX_SEARCH_LENGTH} characters`);
  }
  if (search) params.search = search;
  const termId = single(req, "taxonomy_term_id")?.trim();
  if (termId) {
    if (!UUID_PATTERN.test(termId)) throw new HsdsParameterError("taxonomy_term_id", "must be a UUID");
    const term = termById(termId);
    if (!term)
      throw new HsdsParameterError("taxonomy_term_id", "is not a term listed at /hsds/taxonomy_terms");
    params.term = term;
  }
  const modifiedAfter = single(req, "modified_after")?.trim();
  if (modifiedAfter) {
    const moment = ISO_DATE_TIME.test(modifiedAfter) ? new Date(modifiedAfter) : null;
    if (!moment || Number.isNaN(moment.getTime())) {
      throw new HsdsParameterError("modified_after", "must be an ISO 8601 date or date-time with a zone");
    }
    params.modifiedAfter = moment;
  }
  return params;
}

/** The id of a detail route: ours are UUIDs, so anything else cannot exist. */
export const isUuid = (id: string) => UUID_PATTERN.test(id);
