import { describe, expect, it } from "vitest";
import { contentHash, stableJson } from "./document-hash";

describe("stableJson", () => {
  it("ignores key order and undefined fields, keeps array order and nulls", () => {
    expect(stableJson({ b: 1, a: [2, 1], c: undefined, d: null })).toBe('{"a":[2,1],"b":1,"d":null}');
    expect(contentHash({ a: 1, b: { y: 2, x: 1 } })).toBe(contentHash({ b: { x: 1, y: 2 }, a: 1 }));
    expect(contentHash({ a: [1, 2] })).not.toBe(contentHash({ a: [2, 1] }));
  });
});
