import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config";

function problemsOf(env: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("loadConfig", () => {
  it("has working defaults for a newcomer", () => {
    const config = loadConfig({});
    expect(config.apiPort).toBe(4000);
    expect(config.webPort).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.meiliUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it("reads the rate limits: 60 s, 20 000 and 100 000 points by default, 0 turns a limit off", () => {
    expect(loadConfig({}).rateLimits).toEqual({
      windowSeconds: 60,
      anonymousPoints: 20_000,
      apiKeyPoints: 100_000,
    });
    expect(
      loadConfig({
        RATE_LIMIT_WINDOW_SECONDS: "10",
        RATE_LIMIT_ANONYMOUS_POINTS: "0",
        RATE_LIMIT_API_KEY_POINTS: "5",
      }).rateLimits,
    ).toEqual({ windowSeconds: 10, anonymousPoints: 0, apiKeyPoints: 5 });
    expect(problemsOf({ RATE_LIMIT_WINDOW_SECONDS: "0", RATE_LIMIT_API_KEY_POINTS: "-1" })).toEqual([
      expect.stringMatching(/^RATE_LIMIT_WINDOW_SECONDS must be between 1 and 86400/),
      expect.stringMatching(/^RATE_LIMIT_API_KEY_POINTS must be between 0 and 1000000000/),
    ]);
  });

  it("names every wrong variable with its reason, all at once", () => {
    const problems = problemsOf({
      API_PORT: "eighty",
      WEB_PORT: "70000",
      DATABASE_URL: "mysql://x",
      LOG_LEVEL: "loud",
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^API_PORT must be a number \(got "eighty"\)$/),
        expect.stringMatching(/^WEB_PORT must be between 1 and 65535/),
        expect.stringMatching(/^DATABASE_URL must be a URL like postgres:/),
        expect.stringMatching(/^LOG_LEVEL /),
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it("never echoes a secret or a URL that may hold a password", () => {
    const problems = problemsOf({ MEILI_URL: "http://x:7700", MEILI_MASTER_KEY: "short-secret" });
    expect(problems).toEqual([
      "MEILI_MASTER_KEY must be at least 16 characters long (Meilisearch refuses shorter keys)",
    ]);
  });

  it("refuses the same port for the API and the site", () => {
    expect(problemsOf({ API_PORT: "5000", WEB_PORT: "5000" })).toEqual([
      'WEB_PORT must differ from API_PORT (got "5000")',
    ]);
  });

  it("refuses a master key without an external Meilisearch", () => {
    expect(problemsOf({ MEILI_MASTER_KEY: "0123456789abcdef" })).toEqual([
      expect.stringMatching(/^MEILI_URL must be set when MEILI_MASTER_KEY is set/),
    ]);
  });

  it("has session, site and mail defaults, and reads them", () => {
    const defaults = loadConfig({ WEB_PORT: "3100" });
    expect(defaults.sessionLifetimeMs).toBe(12 * 60 * 60 * 1000);
    expect(defaults.sessionIdleTimeoutMs).toBe(2 * 60 * 60 * 1000);
    expect(defaults.siteUrl).toBe("http://localhost:3100");
    expect(defaults.smtpUrl).toBeUndefined();
    expect(defaults.eventPersonalDataRetentionDays).toBe(90);
    expect(loadConfig({ EVENT_PERSONAL_DATA_RETENTION_DAYS: "30" }).eventPersonalDataRetentionDays).toBe(30);
    expect(problemsOf({ EVENT_PERSONAL_DATA_RETENTION_DAYS: "0" })).toEqual([
      expect.stringMatching(/^EVENT_PERSONAL_DATA_RETENTION_DAYS must be between 1 and 3650/),
    ]);
    const set = loadConfig({
      SESSION_LIFETIME_HOURS: "8",
      SESSION_IDLE_MINUTES: "30",
      SITE_URL: "https://obserwatorium.example.pl/",
      SMTP_URL: "smtps://user:secret@smtp.example.pl:465",
      MAIL_FROM: "Obserwatorium <noreply@example.pl>",
    });
    expect(set).toMatchObject({
      sessionLifetimeMs: 8 * 60 * 60 * 1000,
      sessionIdleTimeoutMs: 30 * 60 * 1000,
      siteUrl: "https://obserwatorium.example.pl",
      smtpUrl: "smtps://user:secret@smtp.example.pl:465",
      mailFrom: "Obserwatorium <noreply@example.pl>",
    });
  });

  it("has a GraphQL cost limit of 5000 by default, reads it and refuses a tiny one", () => {
    expect(loadConfig({}).graphqlMaxCost).toBe(5000);
    expect(loadConfig({ GRAPHQL_MAX_COST: "20000" }).graphqlMaxCost).toBe(20000);
    expect(problemsOf({ GRAPHQL_MAX_COST: "10" })).toEqual([
      'GRAPHQL_MAX_COST must be between 100 and 1000000 (got "10")',
    ]);
  });

  it("serves the federation subgraph only when FEDERATION_SUBGRAPH turns it on", () => {
    expect(loadConfig({}).federationSubgraph).toBe(false);
    expect(loadConfig({ FEDERATION_SUBGRAPH: "1" }).federationSubgraph).toBe(true);
    expect(loadConfig({ FEDERATION_SUBGRAPH: "false" }).federationSubgraph).toBe(false);
    expect(problemsOf({ FEDERATION_SUBGRAPH: "yes" })).toEqual([
      'FEDERATION_SUBGRAPH must be 1 or true to turn it on, 0 or false (default) (got "yes")',
    ]);
  });

  it("reads CORS origins as a comma list, none by default, and refuses anything but an origin", () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(
      loadConfig({ CORS_ORIGINS: "https://partner.example.pl, http://localhost:5173" }).corsOrigins,
    ).toEqual(["https://partner.example.pl", "http://localhost:5173"]);
    for (const wrong of [
      "https://partner.example.pl/",
      "partner.example.pl",
      "https://a.pl/api",
      "ftp://a.pl",
    ]) {
      expect(problemsOf({ CORS_ORIGINS: wrong }), wrong).toEqual([
        `CORS_ORIGINS must be a comma-separated list of origins like https://partner.example.pl (no path) (got "${wrong}")`,
      ]);
    }
  });

  it("refuses wrong session and mail settings without echoing the SMTP password", () => {
    const problems = problemsOf({
      SESSION_LIFETIME_HOURS: "0",
      SESSION_IDLE_MINUTES: "many",
      SMTP_URL: "http://user:secret@smtp.example.pl",
      MAIL_FROM: "nobody",
    });
    expect(problems).toEqual([
      expect.stringMatching(/^SESSION_LIFETIME_HOURS must be between 1 and 720/),
      expect.stringMatching(/^SESSION_IDLE_MINUTES must be a number/),
      "SMTP_URL must be a URL like smtps://user:password@smtp.example.pl:465",
      expect.stringMatching(/^MAIL_FROM must be an e-mail address/),
    ]);
    expect(problems.join("\n")).not.toContain("secret");
  });
});
