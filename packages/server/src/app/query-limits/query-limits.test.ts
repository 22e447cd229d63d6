import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY_LIMITS, limitRefusal } from "./query-limits";

const within = { cost: 5000, depth: 12, aliases: 30 };

describe("limitRefusal", () => {
  it("lets a request at every limit through", () => {
    expect(limitRefusal(within, DEFAULT_QUERY_LIMITS)).toBeNull();
  });

  it("answers each broken limit with its code, the measure and the maximum, as HTTP 400", () => {
    const cases = [
      [
        { ...within, depth: 13 },
        { code: "QUERY_TOO_DEEP", depth: 13, maximum: 12 },
      ],
      [
        { ...within, aliases: 31 },
        { code: "TOO_MANY_ALIASES", aliases: 31, maximum: 30 },
      ],
      [
        { ...within, cost: 5001 },
        { code: "QUERY_TOO_COMPLEX", cost: 5001, maximum: 5000 },
      ],
    ] as const;
    for (const [measure, extensions] of cases) {
      const refusal = limitRefusal(measure, DEFAULT_QUERY_LIMITS);
      expect(refusal?.extensions).toEqual({ ...extensions, http: { status: 400 } });
    }
    expect(limitRefusal({ ...within, cost: 7000 }, DEFAULT_QUERY_LIMITS)?.message).toBe(
      "The query costs 7000, more than the 5000 allowed per request: ask for smaller pages (first) or fewer fields",
    );
  });
});
