import "reflect-metadata";
import { graphql, type GraphQLSchema } from "graphql";
import { Authorized, buildSchema, Query, Resolver } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import type { RequestContext } from "../../app/context";
import { DomainError } from "../common/errors";
import { authChecker } from "./auth-checker";
import type { AuthenticatedUser } from "./auth.service";

@Resolver()
class GuardedResolver {
  @Query(() => String)
  open(): string {
    return "anyone";
  }

  @Authorized()
  @Query(() => String)
  signedIn(): string {
    return "any user";
  }

  @Authorized("ADMIN")
  @Query(() => String)
  adminOnly(): string {
    return "admins";
  }

  @Authorized("EDITOR")
  @Query(() => String)
  editorRole(): string {
    return "editors";
  }

  @Authorized("ORGANIZATION_REP")
  @Query(() => String)
  repRole(): string {
    return "representatives";
  }
}

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ resolvers: [GuardedResolver], authChecker, validate: false });
});

const user = (role: AuthenticatedUser["role"]): AuthenticatedUser => ({
  id: "0b8e5a36-7d55-4a8e-9d0c-2a1f3e4b5c6d",
  email: "anna@example.pl",
  displayName: "Anna Nowak",
  role,
  organizationId: role === "ORGANIZATION_REP" ? "5d1c7a2e-3b4f-4c8d-9e0a-1b2c3d4e5f60" : null,
});

async function ask(field: string, signedIn: AuthenticatedUser | null, apiKey: object | null = null) {
  const contextValue = { auth: { user: signedIn, apiKey } } as unknown as RequestContext;
  const result = await graphql({ schema, source: `{ ${field} }`, contextValue });
  const original = result.errors?.[0]?.originalError;
  return {
    data: result.data?.[field] ?? null,
    code: original instanceof DomainError ? original.code : (original?.message ?? null),
  };
}

describe("authChecker", () => {
  it("leaves unguarded fields open", async () => {
    expect(await ask("open", null)).toEqual({ data: "anyone", code: null });
  });

  it("@Authorized(): staff only, UNAUTHENTICATED for anonymous, FORBIDDEN for a representative", async () => {
    expect(await ask("signedIn", null)).toEqual({ data: null, code: "UNAUTHENTICATED" });
    expect(await ask("signedIn", user("EDITOR"))).toEqual({ data: "any user", code: null });
    expect(await ask("signedIn", user("ADMIN"))).toEqual({ data: "any user", code: null });
    expect(await ask("signedIn", user("ORGANIZATION_REP"))).toEqual({ data: null, code: "FORBIDDEN" });
  });

  it('@Authorized("ORGANIZATION_REP"): representatives (and admins), FORBIDDEN for an editor', async () => {
    expect(await ask("repRole", user("ORGANIZATION_REP"))).toEqual({ data: "representatives", code: null });
    expect(await ask("repRole", user("EDITOR"))).toEqual({ data: null, code: "FORBIDDEN" });
    expect(await ask("repRole", null)).toEqual({ data: null, code: "UNAUTHENTICATED" });
  });

  it('@Authorized("ADMIN"): FORBIDDEN for an editor, UNAUTHENTICATED for anonymous', async () => {
    expect(await ask("adminOnly", null)).toEqual({ data: null, code: "UNAUTHENTICATED" });
    expect(await ask("adminOnly", user("EDITOR"))).toEqual({ data: null, code: "FORBIDDEN" });
    expect(await ask("adminOnly", user("ADMIN"))).toEqual({ data: "admins", code: null });
  });

  it("an ADMIN passes every role check", async () => {
    expect(await ask("editorRole", user("EDITOR"))).toEqual({ data: "editors", code: null });
    expect(await ask("editorRole", user("ADMIN"))).toEqual({ data: "editors", code: null });
  });

  it("an API key passes no guarded query, whatever its scopes and its creator's role", async () => {
    const writeKey = { id: "k", scopes: ["READ_DRAFTS", "WRITE"] };
    expect(await ask("signedIn", user("EDITOR"), writeKey)).toEqual({ data: null, code: "FORBIDDEN" });
    expect(await ask("open", null, writeKey)).toEqual({ data: "anyone", code: null });
  });
});
