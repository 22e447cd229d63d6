import { describe, expect, it } from "vitest";
import { accountListParams, usersPageHref } from "./account-list-params";

describe("accountListParams", () => {
  it("asks for every active account when nothing is given", () => {
    expect(accountListParams({})).toMatchObject({
      role: null,
      query: null,
      includeInactive: false,
      after: null,
      errors: {},
    });
  });

  it("reads the search, the role, the inactive switch and the page", () => {
    expect(
      accountListParams({ szukaj: "  nowak ", rola: "EDITOR", nieaktywne: "1", po: "dXNlcnM6NTA" }),
    ).toMatchObject({ query: "nowak", role: "EDITOR", includeInactive: true, after: "dXNlcnM6NTA" });
  });

  it("refuses an unknown role at its field and ignores a malformed cursor", () => {
    const params = accountListParams({ rola: "ROOT", po: "'; drop" });
    expect(params.role).toBeNull();
    expect(params.errors.rola).toBe("Wybierz rolę z listy.");
    expect(params.after).toBeNull();
    expect(accountListParams({ nieaktywne: "tak" }).includeInactive).toBe(false);
  });
});

describe("usersPageHref", () => {
  it("keeps only the given values, the organization search included", () => {
    expect(usersPageHref({})).toBe("/panel/uzytkownicy");
    expect(usersPageHref({ szukaj: "jan kowal", rola: "", nieaktywne: "1", podmiot: "123" }, "YQ")).toBe(
      "/panel/uzytkownicy?szukaj=jan+kowal&nieaktywne=1&podmiot=123&po=YQ",
    );
  });
});
