import { describe, expect, it } from "vitest";
import { FUNDING_KIND_LABELS_PL, FUNDING_KINDS } from "./funding-kind";

describe("funding kinds", () => {
  it("have stable upper-snake-case codes, each with a Polish label", () => {
    for (const kind of FUNDING_KINDS) {
      expect(kind).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
      expect(FUNDING_KIND_LABELS_PL[kind]).toBeTruthy();
    }
    expect(Object.keys(FUNDING_KIND_LABELS_PL)).toEqual([...FUNDING_KINDS]);
  });
});
