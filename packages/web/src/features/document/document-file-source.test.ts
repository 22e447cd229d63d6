import { afterEach, describe, expect, it } from "vitest";
import { apiFileUrl } from "./document-file-source";

const FILE_ID = "28f4eb82-e73f-40ba-8fa2-edee38279984";
const saved = process.env.GRAPHQL_URL;

afterEach(() => {
  process.env.GRAPHQL_URL = saved;
});

describe("apiFileUrl", () => {
  it("asks the API's origin for the file, to open or to save", () => {
    process.env.GRAPHQL_URL = "http://api.internal:4000/graphql";
    expect(apiFileUrl(FILE_ID, false)?.toString()).toBe(`http://api.internal:4000/files/${FILE_ID}`);
    expect(apiFileUrl(FILE_ID, true)?.toString()).toBe(
      `http://api.internal:4000/files/${FILE_ID}?download=1`,
    );
  });

  it("lets nothing but a file id through to the API", () => {
    expect(apiFileUrl("../graphql", false)).toBeNull();
    expect(apiFileUrl(`${FILE_ID}/..`, false)).toBeNull();
    expect(apiFileUrl("", true)).toBeNull();
  });
});
