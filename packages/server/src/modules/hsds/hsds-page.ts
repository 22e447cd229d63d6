import type { PageParams } from "./hsds-params";

/** The HSDS API paginated envelope (`components.schemas.Page` of the HSDS OpenAPI description). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

export function hsdsPage<T>(contents: T[], totalItems: number, { page, perPage }: PageParams): HsdsPage<T> {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** One page cut from a list held in memory (the taxonomy). */
export const pageOf = <T>(all: readonly T[], params: PageParams) =>
  hsdsPage(all.slice((params.page - 1) * params.perPage, params.page * params.perPage), all.length, params);

export const offsetOf = ({ page, perPage }: PageParams) => (page - 1) * perPage;
