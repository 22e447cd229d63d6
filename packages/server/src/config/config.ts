import { resolve } from "node:path";
import { z } from "zod";
import { REPO_ROOT } from "./paths";

const port = (fallback: number) =>
  z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be between 1 and 65535")
    .max(65535, "must be between 1 and 65535")
    .default(fallback);

const optionalUrl = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === "" ? undefined : value))
    .refine(
      (value) => {
        if (value === undefined) return true;
        try {
          return protocols.includes(new URL(value).protocol);
        } catch {
          return false;
        }
      },
      { message: `must be a URL like ${example}` },
    );

const wholeNumber = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ message: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be between ${min} and ${max}`)
    .max(max, `must be between ${min} and ${max}`)
    .default(fallback);

/** `https://host[:port]` exactly as browsers send it in the Origin header. */
function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return ["http:", "https:"].includes(url.protocol) && url.origin === value;
  } catch {
    return false;
  }
}

// "Name <address>" or a bare address; nodemailer takes both.
const MAIL_FROM = /^(?:[^<>@]*<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)$/;

const environmentSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    HOST: z.string().trim().min(1, "must not be empty").default("0.0.0.0"),
    API_PORT: port(4000),
    WEB_PORT: port(3000),
    DATA_DIR: z.string().trim().min(1, "must not be empty").default(".data"),
    DATABASE_URL: optionalUrl(["postgres:", "postgresql:"], "postgres://user:pass@host:5432/db"),
    EMBEDDED_POSTGRES_PORT: port(54329),
    MEILI_URL: optionalUrl(["http:", "https:"], "http://localhost:7700"),
    MEILI_MASTER_KEY: z
      .string()
      .optional()
      .refine((key) => key === undefined || key === "" || key.length >= 16, {
        message: "must be at least 16 characters long (Meilisearch refuses shorter keys)",
      }),
    EMBEDDED_MEILI_PORT: port(7700),
    MEILI_INDEX_PREFIX: z
      .string()
      .regex(/^[a-z0-9_]*$/, "may hold only lower-case letters, digits and underscores")
      .default(""),
    TERYT_FILE: z.string().trim().min(1).default("packages/server/data/teryt/TERC_Urzedowy_2024-01-01.csv"),
    FILES_DIR: z.string().trim().optional(),
    MAX_UPLOAD_MB: z.coerce
      .number({ message: "must be a number" })
      .positive("must be more than 0")
      .max(2048, "must be at most 2048")
      .default(50),
    SESSION_LIFETIME_HOURS: wholeNumber(1, 720, 12),
    GRAPHQL_MAX_COST: wholeNumber(100, 1_000_000, 5000),
    CORS_ORIGINS: z
      .string()
      .optional()
      .transform((value) =>
        (value ?? "")
          .split(",")
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .refine((origins) => origins.every(isOrigin), {
        message: "must be a comma-separated list of origins like https://partner.example.pl (no path)",
      }),
    FEDERATION_SUBGRAPH: z
      .enum(["", "0", "1", "false", "true"], {
        message: "must be 1 or true to turn it on, 0 or false (default)",
      })
      .default("")
      .transform((value) => value === "1" || value === "true"),
    SESSION_IDLE_MINUTES: wholeNumber(5, 43_200, 120),
    RATE_LIMIT_WINDOW_SECONDS: wholeNumber(1, 86_400, 60),
    RATE_LIMIT_ANONYMOUS_POINTS: wholeNumber(0, 1_000_000_000, 20_000),
    RATE_LIMIT_API_KEY_POINTS: wholeNumber(0, 1_000_000_000, 100_000),
    EVENT_PERSONAL_DATA_RETENTION_DAYS: wholeNumber(1, 3_650, 90),
    SITE_URL: optionalUrl(["http:", "https:"], "https://obserwatorium.example.pl"),
    SMTP_URL: optionalUrl(["smtp:", "smtps:"], "smtps://user:password@smtp.example.pl:465"),
    MAIL_FROM: z
      .string()
      .trim()
      .regex(
        MAIL_FROM,
        "must be an e-mail address, optionally with a name: Obserwatorium <noreply@example.pl>",
      )
      .default("Obserwatorium <noreply@localhost.localdomain>"),
  })
  .superRefine((env, context) => {
    if (env.API_PORT === env.WEB_PORT) {
      context.addIssue({ code: "custom", path: ["WEB_PORT"], message: "must differ from API_PORT" });
    }
    if (env.MEILI_MASTER_KEY && !env.MEILI_URL) {
      context.addIssue({
        code: "custom",
        path: ["MEILI_URL"],
        message: "must be set when MEILI_MASTER_KEY is set (the embedded Meilisearch keeps its own key)",
      });
    }
  });

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  nodeEnv: Environment["NODE_ENV"];
  logLevel: Environment["LOG_LEVEL"];
  host: string;
  apiPort: number;
  webPort: number;
  dataDir: string;
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  embeddedMeiliPort: number;
  meiliIndexPrefix: string;
  terytFile: string;
  /** Uploaded document files; defaults to DATA_DIR/files. */
  filesDir: string;
  maxUploadBytes: number;
  /** Absolute session lifetime, from sign-in. */
  sessionLifetimeMs: number;
  /** A session unused for this long ends. */
  sessionIdleTimeoutMs: number;
  /** The site's public address, without a trailing slash: links in e-mails (invitations) point there. */
  siteUrl: string;
  /** Where invitations are sent from; undefined: no mail server, links go to the log and the admin. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Days after an event when its participants' names, e-mails and needs are anonymized. */
  eventPersonalDataRetentionDays: number;
  /** Largest estimated cost of one GraphQL request. */
  graphqlMaxCost: number;
  /** Origins whose pages may call the API from the browser; empty: the API's own origin only. */
  corsOrigins: string[];
  /** Serve the API as an Apollo Federation 2 subgraph at /subgraph as well. */
  federationSubgraph: boolean;
  /** Points per window per caller (per address or user, per API key); 0 turns a limit off. */
  rateLimits: { windowSeconds: number; anonymousPoints: number; apiKeyPoints: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates every variable at once, so a wrong setup is reported in one go, not one by one. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".");
        const value = env[name];
        const shown = value === undefined || /KEY|URL/.test(name) ? "" : ` (got "${value}")`;
        return `${name} ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    logLevel: e.LOG_LEVEL,
    host: e.HOST,
    apiPort: e.API_PORT,
    webPort: e.WEB_PORT,
    dataDir: resolve(REPO_ROOT, e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    embeddedPostgresPort: e.EMBEDDED_POSTGRES_PORT,
    meiliUrl: e.MEILI_URL,
    meiliMasterKey: e.MEILI_MASTER_KEY || undefined,
    embeddedMeiliPort: e.EMBEDDED_MEILI_PORT,
    meiliIndexPrefix: e.MEILI_INDEX_PREFIX,
    terytFile: resolve(REPO_ROOT, e.TERYT_FILE),
    filesDir: e.FILES_DIR ? resolve(REPO_ROOT, e.FILES_DIR) : resolve(REPO_ROOT, e.DATA_DIR, "files"),
    maxUploadBytes: Math.round(e.MAX_UPLOAD_MB * 1024 * 1024),
    sessionLifetimeMs: e.SESSION_LIFETIME_HOURS * 60 * 60 * 1000,
    sessionIdleTimeoutMs: e.SESSION_IDLE_MINUTES * 60 * 1000,
    siteUrl: (e.SITE_URL ?? `http://localhost:${e.WEB_PORT}`).replace(/\/+$/, ""),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    eventPersonalDataRetentionDays: e.EVENT_PERSONAL_DATA_RETENTION_DAYS,
    graphqlMaxCost: e.GRAPHQL_MAX_COST,
    rateLimits: {
      windowSeconds: e.RATE_LIMIT_WINDOW_SECONDS,
      anonymousPoints: e.RATE_LIMIT_ANONYMOUS_POINTS,
      apiKeyPoints: e.RATE_LIMIT_API_KEY_POINTS,
    },
    corsOrigins: e.CORS_ORIGINS,
    federationSubgraph: e.FEDERATION_SUBGRAPH,
  };
}
