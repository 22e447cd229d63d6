import type { ApiKeyScope } from "@/__generated__/graphql";

/** The panel offers scopes as three levels of access, each including the ones before it. */
export const ACCESS_LEVELS = {
  public: { label: "Odczyt danych opublikowanych", scopes: ["READ_PUBLIC"] },
  drafts: { label: "Odczyt, także wersji roboczych", scopes: ["READ_PUBLIC", "READ_DRAFTS"] },
  write: {
    label: "Odczyt wersji roboczych i zapis (jak redaktor)",
    scopes: ["READ_PUBLIC", "READ_DRAFTS", "WRITE"],
  },
} as const satisfies Record<string, { label: string; scopes: readonly ApiKeyScope[] }>;

export type AccessLevel = keyof typeof ACCESS_LEVELS;

export const SCOPE_LABELS: Record<ApiKeyScope, string> = {
  READ_PUBLIC: "dane opublikowane",
  READ_DRAFTS: "wersje robocze",
  WRITE: "zapis",
};
