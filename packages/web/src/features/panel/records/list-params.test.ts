import { describe, expect, it } from "vitest";
import { recordListCursor, recordListHref, recordListParams } from "./list-params";

describe("recordListParams", () => {
  it("reads the search, a known state and the page", () => {
    expect(recordListParams({ q: "  spółdzielnia ", stan: "DRAFT", strona: "3" })).toEqual({
      query: "spółdzielnia",
      state: "DRAFT",
      page: 3,
    });
  });

  it("ignores an unknown state and a malformed page", () => {
    expect(recordListParams({ stan: "DELETED", strona: "-1" })).toEqual({ query: "", state: null, page: 1 });
  });
});

describe("recordListHref", () => {
  it("keeps the search and the state for another page, and leaves page 1 out", () => {
    const params = { query: "Łapy", state: "PUBLISHED" as const, page: 2 };
    expect(recordListHref("/panel/podmioty", params, 3)).toBe(
      "/panel/podmioty?q=%C5%81apy&stan=PUBLISHED&strona=3",
    );
    expect(recordListHref("/panel/podmioty", params, 1)).toBe("/panel/podmioty?q=%C5%81apy&stan=PUBLISHED");
    expect(recordListHref("/panel/podmioty", { query: "", state: null, page: 1 })).toBe("/panel/podmioty");
  });

  it("asks the API for the rows behind the previous pages", () => {
    expect(recordListCursor({ query: "", state: null, page: 1 }, 25)).toBeUndefined();
    expect(atob(recordListCursor({ query: "", state: null, page: 3 }, 25)!)).toBe("offset:50");
  });
});
