import type { AddressInfo } from "node:net";
import { createMailer, importTerytFile, type Logger, type RunningApi } from "@obserwatorium/server";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertOrganizationRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { signInAs, type SignedInUser } from "../support/user-session";

const SITE_URL = "https://obserwatorium.example.pl";
const SMTP_PASSWORD = "s3cret-smtp-pass";

const INVITE = `mutation ($input: InviteUserInput!) {
  inviteUser(input: $input) { invitation { email } token link emailSent userErrors { field message } } }`;

interface InvitePayload {
  invitation: { email: string } | null;
  token: string | null;
  link: string | null;
  emailSent: boolean;
  userErrors: unknown[];
}

/** A Logger that keeps every line, as the hub would print it. */
function recordingLogger(lines: string[], scope = "test"): Logger {
  const write = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    lines.push(`${level} [${scope}] ${message} ${JSON.stringify(fields ?? {})}`);
  return {
    debug: write("DEBUG"),
    info: write("INFO"),
    warn: write("WARN"),
    error: write("ERROR"),
    child: (child) => recordingLogger(lines, `${scope}:${child}`),
  };
}

interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on the loopback; `acceptAuth` false refuses every login. */
async function startSmtpServer(acceptAuth: boolean) {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authMethods: ["PLAIN", "LOGIN"],
    onAuth(auth, _session, callback) {
      if (acceptAuth && auth.username === "mailer" && auth.password === SMTP_PASSWORD) {
        callback(null, { user: auth.username });
      } else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    received,
    url: `smtp://mailer:${SMTP_PASSWORD}@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The text body of a single-part message, whatever its transfer encoding. */
function textBody(raw: string): string {
  const split = raw.indexOf("\r\n\r\n");
  const headers = raw.slice(0, split);
  const body = raw.slice(split + 4);
  const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === "base64") return Buffer.from(body, "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body
      .replace(/=\r?\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
      .replace(/%(?![0-9A-F]{2})/gi, "%25");
    return decodeURIComponent(bytes);
  }
  return body;
}

let database: TestDatabase;
let organizationId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const uuid = await insertOrganizationRow(database.pool, { slug: "fundacja-razem" });
  organizationId = Buffer.from(`Organization:${uuid}`).toString("base64url");
});
afterAll(async () => {
  await database?.drop();
});

async function invite(api: RunningApi, admin: SignedInUser, email: string) {
  const response = await graphqlRequest<{ inviteUser: InvitePayload }>(
    api,
    INVITE,
    { input: { email, displayName: "Maria Wiśniewska", role: "ORGANIZATION_REP", organizationId } },
    admin.headers,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data!.inviteUser.userErrors).toEqual([]);
  return response.data!.inviteUser;
}

describe("invitation links", () => {
  it("without a mail server: written to the log at info level and returned to the administrator", async () => {
    const lines: string[] = [];
    const api = await startTestApi(database, { logger: recordingLogger(lines), siteUrl: SITE_URL });
    try {
      const admin = await signInAs(database, api, "ADMIN", { name: "Adam Admin" });
      const payload = await invite(api, admin, "bez.poczty@example.pl");
      expect(payload.emailSent).toBe(false);
      expect(payload.link).toBe(`${SITE_URL}/panel/zaproszenie?token=${payload.token}`);
      const logged = lines.filter((line) => line.includes(payload.link!));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/^INFO .*Invitation link.*bez\.poczty@example\.pl/);
    } finally {
      await api.stop();
    }
  });

  it("with SMTP: e-mailed in Polish with the inviter, the role and the link; the password is never logged", async () => {
    const smtp = await startSmtpServer(true);
    const lines: string[] = [];
    const logger = recordingLogger(lines);
    const mailer = createMailer(
      { smtpUrl: smtp.url, mailFrom: "Obserwatorium <noreply@example.pl>" },
      logger,
    );
    const api = await startTestApi(database, { logger, siteUrl: SITE_URL, mailer });
    try {
      const admin = await signInAs(database, api, "ADMIN", { name: "Adam Admin" });
      const payload = await invite(api, admin, "maria.wisniewska@example.pl");
      expect(payload.emailSent).toBe(true);
      expect(smtp.received).toHaveLength(1);
      const [mail] = smtp.received;
      expect(mail!.from).toBe("noreply@example.pl");
      expect(mail!.to).toEqual(["maria.wisniewska@example.pl"]);
      expect(mail!.raw).toMatch(/^Subject: Zaproszenie do Obserwatorium\r$/m);
      const text = textBody(mail!.raw);
      expect(text).toContain("Dzień dobry Maria Wiśniewska");
      expect(text).toContain("Adam Admin zaprasza");
      expect(text).toContain("Twoja rola: przedstawiciel podmiotu „Organizacja fundacja-razem”.");
      expect(text).toContain(`${SITE_URL}/panel/zaproszenie?token=${payload.token}`);
      expect(text).toContain("ważny przez 7 dni");
      expect(lines.some((line) => line.includes("E-mail sent"))).toBe(true);
      expect(lines.join("\n")).not.toContain(SMTP_PASSWORD);
      // The link was e-mailed, so it is not also written to the log.
      expect(lines.join("\n")).not.toContain(payload.token!);
    } finally {
      await api.stop();
      await smtp.close();
    }
  });

  it("when the mail server refuses: the invitation stands, the link is returned, the failure logged without the password", async () => {
    const smtp = await startSmtpServer(false);
    const lines: string[] = [];
    const logger = recordingLogger(lines);
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: "noreply@example.pl" }, logger);
    const api = await startTestApi(database, { logger, siteUrl: SITE_URL, mailer });
    try {
      const admin = await signInAs(database, api, "ADMIN");
      const payload = await invite(api, admin, "odmowa@example.pl");
      expect(payload.emailSent).toBe(false);
      expect(payload.link).toContain("/panel/zaproszenie?token=");
      expect(smtp.received).toEqual([]);
      expect(lines.filter((line) => line.startsWith("ERROR"))).toEqual([
        expect.stringContaining("E-mail could not be sent"),
      ]);
      expect(lines.join("\n")).not.toContain(SMTP_PASSWORD);
    } finally {
      await api.stop();
      await smtp.close();
    }
  });
});
