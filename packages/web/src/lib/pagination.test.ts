import { describe, expect, it } from "vitest";
import { cursorAfter, pageCount } from "./pagination";

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
