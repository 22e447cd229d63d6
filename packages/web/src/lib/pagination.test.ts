import { describe, expect, it } from "vitest";
import { collectAllPages, cursorAfter, pageCount, type Page } from "./pagination";

describe("cursorAfter", () => {
  it("is absent for the first page", () => {
    expect(cursorAfter(0, 20)).toBeUndefined();
    expect(cursorAfter(-1, 20)).toBeUndefined();
  });

  it("is the API's offset cursor of the last item of the previous pages, base64url", () => {
    expect(cursorAfter(1, 20)).toBe(Buffer.from("offset:20").toString("base64url"));
    expect(cursorAfter(14, 20)).toBe(Buffer.from("offset:280").toString("base64url"));
    expect(cursorAfter(1, 20)).not.toMatch(/[+/=]/);
  });
});

describe("pageCount", () => {
  it("is at least one page", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
  });
});

describe("collectAllPages", () => {
  it("follows endCursor until hasNextPage is false", async () => {
    const pages: Record<string, Page<number>> = {
      start: { nodes: [1, 2], hasNextPage: true, endCursor: "a" },
      a: { nodes: [3, 4], hasNextPage: true, endCursor: "b" },
      b: { nodes: [5], hasNextPage: false, endCursor: "c" },
    };
    const asked: (string | null)[] = [];
    const all = await collectAllPages(async (after) => {
      asked.push(after);
      return pages[after ?? "start"]!;
    });
    expect(all).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([null, "a", "b"]);
  });

  it("stops when the cursor does not move instead of looping forever", async () => {
    let calls = 0;
    const all = await collectAllPages(async () => {
      calls++;
      return { nodes: [calls], hasNextPage: true, endCursor: "same" };
    });
    expect(all).toEqual([1, 2]);
  });
});
