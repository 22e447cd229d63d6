import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-unavailable";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("isDatabaseUnavailable", () => {
  it("recognises a database that is down, restarting or unreachable", () => {
    expect(isDatabaseUnavailable(withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"))).toBe(true);
    expect(isDatabaseUnavailable(withCode("the database system is starting up", "57P03"))).toBe(true);
    expect(
      isDatabaseUnavailable(withCode("terminating connection due to administrator command", "57P01")),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("select 1 - Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("insert into x - Transaction query already complete"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error("x"), { name: "KnexTimeoutError" }))).toBe(true);
  });

  it("looks through what a failed request context wraps", () => {
    const wrapped = new GraphQLError("Context creation failed", {
      originalError: withCode("read ECONNRESET", "ECONNRESET"),
    });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it("leaves faults of the query itself alone", () => {
    expect(isDatabaseUnavailable(withCode("duplicate key value violates unique constraint", "23505"))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(withCode("syntax error", "42601"))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(undefined)).toBe(false);
  });
});
