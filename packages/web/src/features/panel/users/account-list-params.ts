import type { UserRole } from "@/__generated__/graphql";
import { firstParam, type RawSearchParams } from "@/lib/search-params";

export const ACCOUNT_ROLES: readonly UserRole[] = ["ADMIN", "EDITOR", "ORGANIZATION_REP"];

/** The users page's query as the URL has it: the account filter, and the invitation's organization search. */
export interface UsersPageValues {
  szukaj: string;
  rola: string;
  /** "1" when deactivated accounts are shown too. */
  nieaktywne: string;
  podmiot: string;
}

export interface AccountListParams {
  values: UsersPageValues;
  role: UserRole | null;
  query: string | null;
  includeInactive: boolean;
  /** The page's cursor (`po`), if any. */
  after: string | null;
  errors: { rola?: string };
}

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/** The account list's filter and page from `?szukaj=…&rola=…&nieaktywne=1&po=…`. */
export function accountListParams(raw: RawSearchParams): AccountListParams {
  const values: UsersPageValues = {
    szukaj: firstParam(raw.szukaj).slice(0, 200),
    rola: firstParam(raw.rola),
    nieaktywne: firstParam(raw.nieaktywne) === "1" ? "1" : "",
    podmiot: firstParam(raw.podmiot).slice(0, 200),
  };
  const role = ACCOUNT_ROLES.find((known) => known === values.rola) ?? null;
  const after = firstParam(raw.po);
  return {
    values,
    role,
    query: values.szukaj || null,
    includeInactive: values.nieaktywne === "1",
    after: CURSOR.test(after) ? after : null,
    errors: values.rola && !role ? { rola: "Wybierz rolę z listy." } : {},
  };
}

/** The users page with these values and, optionally, a page of accounts. */
export function usersPageHref(values: Partial<UsersPageValues>, after?: string | null): string {
  const query = new URLSearchParams();
  for (const key of ["szukaj", "rola", "nieaktywne", "podmiot"] as const) {
    const value = values[key];
    if (value) query.set(key, value);
  }
  if (after) query.set("po", after);
  const text = query.toString();
  return text ? `/panel/uzytkownicy?${text}` : "/panel/uzytkownicy";
}
