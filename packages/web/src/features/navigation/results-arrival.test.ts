import { describe, expect, it } from "vitest";
import { isResultsArrival, isResultsLink } from "./results-arrival";

const now = 1_700_000_000_000;
const mark = (path: string, at: number) => JSON.stringify({ path, at });

describe("isResultsArrival", () => {
  it("accepts a fresh mark for the page loaded", () => {
    expect(isResultsArrival(mark("/podmioty", now - 1_500), "/podmioty", now)).toBe(true);
  });

  it("refuses no mark, another page's mark, a stale mark and garbage", () => {
    expect(isResultsArrival(null, "/podmioty", now)).toBe(false);
    expect(isResultsArrival(mark("/szukaj", now), "/podmioty", now)).toBe(false);
    expect(isResultsArrival(mark("/podmioty", now - 10 * 60_000), "/podmioty", now)).toBe(false);
    expect(isResultsArrival(mark("/podmioty", now + 60_000), "/podmioty", now)).toBe(false);
    expect(isResultsArrival("{", "/podmioty", now)).toBe(false);
    expect(isResultsArrival('{"path":"/podmioty"}', "/podmioty", now)).toBe(false);
  });
});

describe("isResultsLink", () => {
  const current = new URL("https://example.org/podmioty?q=kajak");

  it("is a link to another view of the same list", () => {
    expect(isResultsLink(new URL("https://example.org/podmioty?q=kajak&strona=2"), current)).toBe(true);
    expect(isResultsLink(new URL("https://example.org/podmioty"), current)).toBe(true);
  });

  it("is not a jump within the page, another page or another site", () => {
    expect(isResultsLink(new URL("https://example.org/podmioty?q=kajak#wyniki"), current)).toBe(false);
    expect(isResultsLink(new URL("https://example.org/podmioty/kofisport"), current)).toBe(false);
    expect(isResultsLink(new URL("https://example.com/podmioty?strona=2"), current)).toBe(false);
  });
});
