import { parseArgs } from "node:util";
import { migrate } from "../db/orm";
import { USER_ROLES } from "../modules/user/user.entity";
import { createUser } from "../modules/user/user.service";
import { readSecret } from "./read-secret";
import { runWithServices } from "./with-services";

const USAGE =
  'Usage: npm run user:create -- --email anna.nowak@example.pl --name "Anna Nowak" --role ADMIN|EDITOR\n' +
  "       npm run user:create -- --email … --name … --role ORGANIZATION_REP --organization-id <organization UUID>\n" +
  "The password comes from OBSERWATORIUM_USER_PASSWORD, or is asked for (not echoed), or read from stdin.\n";

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}`);
  process.exit(64);
}

let options: { email?: string; name?: string; role?: string; "organization-id"?: string; help?: boolean };
try {
  ({ values: options } = parseArgs({
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string", default: "EDITOR" },
      "organization-id": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
const { email, name, role = "EDITOR", "organization-id": organizationId, help } = options;
if (help) {
  process.stdout.write(USAGE);
  process.exit(0);
}
if (!email || !name) fail("--email and --name are required.");
if (!(USER_ROLES as readonly string[]).includes(role)) {
  fail(`--role must be one of ${USER_ROLES.join(", ")}.`);
}
if ((role === "ORGANIZATION_REP") !== Boolean(organizationId)) {
  fail("--organization-id is required for ORGANIZATION_REP and not allowed for other roles.");
}

async function askPassword(): Promise<string> {
  const fromEnvironment = process.env.OBSERWATORIUM_USER_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  const password = await readSecret(`Password for ${email}: `);
  if (process.stdin.isTTY && (await readSecret("Repeat the password: ")) !== password) {
    fail("The passwords differ.");
  }
  return password;
}

const password = await askPassword();

await runWithServices("user:create", async ({ orm }) => {
  await migrate(orm);
  const user = await createUser(orm.em.fork(), {
    email,
    displayName: name,
    role,
    password,
    organizationId,
  });
  process.stdout.write(`Created ${user.role} ${user.email} (id ${user.id})\n`);
});
