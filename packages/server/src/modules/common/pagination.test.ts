import { describe, expect, it } from "vitest";
import { InvalidInputError } from "./errors";
import { assertPageSize, decodeCursor, encodeCursor } from "./pagination";

describe("cursors", () => {
  it("round-trip a position of their own kind", () => {
    expect(decodeCursor(encodeCursor("code", "2001011"), "code")).toBe("2001011");
  });

  it("refuse a cursor of another kind or garbage, naming the argument", () => {
    expect(() => decodeCursor(encodeCursor("offset", 5), "code")).toThrow(InvalidInputError);
    expect(() => decodeCursor("not a cursor", "code")).toThrow(/^after: is not a cursor/);
  });
});

describe("assertPageSize", () => {
  it("accepts 1..100 and names the argument otherwise", () => {
    expect(() => assertPageSize(1)).not.toThrow();
    expect(() => assertPageSize(100)).not.toThrow();
    expect(() => assertPageSize(0)).toThrow(/^first: must be between 1 and 100$/);
    expect(() => assertPageSize(101)).toThrow(InvalidInputError);
  });
});
