import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it, vi } from "vitest";
import { GLOBAL_ID, loadByKey, SLUG } from "./load-by-key";
import { searchOrInvalid } from "./search-query";

const refused = new CombinedGraphQLErrors({
  errors: [{ message: "Too long", extensions: { code: "BAD_USER_INPUT", field: "filter.text" } }],
});
const broken = new CombinedGraphQLErrors({ errors: [{ message: "Boom", extensions: { code: "INTERNAL" } }] });

describe("loadByKey", () => {
  it("queries the decoded key and returns the data", async () => {
    const run = vi.fn(async (slug: string) => ({ data: { slug } }));
    await expect(loadByKey("%C5%82apy", SLUG, run)).resolves.toEqual({ slug: "łapy" });
    expect(run).toHaveBeenCalledWith("łapy");
  });

  it("is null without a query for a key that does not decode or match", async () => {
    const run = vi.fn(async () => ({ data: {} }));
    await expect(loadByKey("%E0%A4%A", SLUG, run)).resolves.toBeNull();
    await expect(loadByKey("a.b", GLOBAL_ID, run)).resolves.toBeNull();
    expect(run).not.toHaveBeenCalled();
  });

  it("is null on BAD_USER_INPUT and throws any other error", async () => {
    await expect(loadByKey("x", SLUG, async () => ({ error: refused }))).resolves.toBeNull();
    await expect(loadByKey("x", SLUG, async () => ({ error: broken }))).rejects.toBe(broken);
  });
});

describe("searchOrInvalid", () => {
  const describeError = (error: { field: string | null }) => `bad ${error.field}`;

  it("returns the data, or the refusal worded by describe", async () => {
    await expect(searchOrInvalid(async () => ({ data: 1 }), describeError, "test")).resolves.toEqual({
      data: 1,
      invalid: null,
    });
    await expect(searchOrInvalid(async () => ({ error: refused }), describeError, "test")).resolves.toEqual({
      data: null,
      invalid: "bad filter.text",
    });
  });

  it("throws other errors and an answer without data", async () => {
    await expect(searchOrInvalid(async () => ({ error: broken }), describeError, "test")).rejects.toBe(
      broken,
    );
    await expect(searchOrInvalid(async () => ({}), describeError, "test")).rejects.toThrow(
      "The test search returned no data",
    );
  });
});
