/** A Next.js search parameter value: absent, once, or repeated. */
export type SearchParamValue = string | string[] | undefined;
export type RawSearchParams = Record<string, SearchParamValue>;

/** A URL's query as Next.js hands it to pages, for route handlers that parse it the same way. */
export function paramsOfUrl(searchParams: URLSearchParams): RawSearchParams {
  const params: RawSearchParams = {};
  for (const key of new Set(searchParams.keys())) params[key] = searchParams.getAll(key);
  return params;
}

/** The first value of a parameter, trimmed; "" when absent. */
export function firstParam(value: SearchParamValue): string {
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").trim();
}

/** Every value of a parameter, trimmed, without empty ones and duplicates. */
export function allParams(value: SearchParamValue): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(values.map((item) => item.trim()).filter((item) => item !== ""))];
}

/** Far beyond any real list; keeps the offset a small, safe integer. */
const MAX_PAGE = 10_000;

/** A 1-based page number (`strona`); 1 when absent or malformed. */
export function pageParam(value: SearchParamValue): number {
  const text = firstParam(value);
  if (!/^\d{1,6}$/.test(text)) return 1;
  const page = Number(text);
  return page >= 1 && page <= MAX_PAGE ? page : 1;
}
