import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { organizationInput } from "../factories/organization-input";
import { serviceInput } from "../factories/service-input";
import { insertOrganizationRow, insertServiceRow } from "../factories/service-rows";
import { TERYT_FILE } from "../support/paths";
import { createTestDatabase, graphqlRequest, startTestApi, type TestDatabase } from "../support/test-hub";
import { errorCode, signInAs, type SignedInUser } from "../support/user-session";

let database: TestDatabase;
let api: RunningApi;
let editor: SignedInUser;
let rep: SignedInUser;
let otherRep: SignedInUser;
let ownOrganizationId: string;
let ownServiceId: string;
let otherOrganizationId: string;
let otherServiceId: string;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64url");
const uuidOf = (id: string) => Buffer.from(id, "base64url").toString("utf8").split(":")[1]!;

const PROPOSAL = `proposal { id status targetType isNewRecord reviewMessage
  organization { name } service { title publicationState } author { email } reviewer { email }
  diff { field label before after } }
  userErrors { field message }`;

interface Proposal {
  id: string;
  status: string;
  isNewRecord: boolean;
  reviewMessage: string | null;
  organization: { name: string };
  service: { title: string; publicationState: string } | null;
  author: { email: string };
  reviewer: { email: string } | null;
  diff: { field: string; label: string; before: string | null; after: string | null }[];
}
interface Payload {
  proposal: Proposal | null;
  userErrors: { field: string[]; message: string }[];
}

async function call(name: string, query: string, variables: Record<string, unknown>, user?: SignedInUser) {
  return graphqlRequest<Record<string, Payload>>(api, query, variables, user?.headers ?? {});
}

async function payloadOf(
  name: string,
  query: string,
  variables: Record<string, unknown>,
  user: SignedInUser,
) {
  const response = await call(name, query, variables, user);
  expect(response.errors).toBeUndefined();
  return response.data![name]!;
}

const PROPOSE_ORGANIZATION = `mutation ($organizationId: ID!, $input: OrganizationInput!) {
  proposeOrganizationChange(organizationId: $organizationId, input: $input) { ${PROPOSAL} } }`;
const PROPOSE_SERVICE = `mutation ($serviceId: ID, $input: ServiceInput!) {
  proposeServiceChange(serviceId: $serviceId, input: $input) { ${PROPOSAL} } }`;
const ACCEPT = `mutation ($id: ID!, $edits: ChangeProposalEditsInput) {
  acceptChangeProposal(id: $id, edits: $edits) { ${PROPOSAL} } }`;
const REJECT = `mutation ($id: ID!, $message: String!) { rejectChangeProposal(id: $id, message: $message) { ${PROPOSAL} } }`;

const proposeOrganization = (input: Record<string, unknown>, user = rep, id = ownOrganizationId) =>
  payloadOf("proposeOrganizationChange", PROPOSE_ORGANIZATION, { organizationId: id, input }, user);
const proposeService = (serviceId: string | null, input: Record<string, unknown>, user = rep) =>
  payloadOf("proposeServiceChange", PROPOSE_SERVICE, { serviceId, input }, user);

async function publicOrganizationName(): Promise<string> {
  const response = await graphqlRequest<{ organization: { name: string } }>(
    api,
    `query ($id: ID!) { organization(id: $id) { name } }`,
    { id: ownOrganizationId },
  );
  return response.data!.organization.name;
}

async function auditActions(entityId: string) {
  const { rows } = await database.pool.query<{ action: string; actor_user_id: string | null }>(
    `select action, actor_user_id from audit_entry where entity_id = $1 order by id`,
    [entityId],
  );
  return rows.map((row) => [row.action, row.actor_user_id]);
}

beforeAll(async () => {
  database = await createTestDatabase();
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  api = await startTestApi(database);
  editor = await signInAs(database, api, "EDITOR", { name: "Ewa Redaktor" });
  const created = await payloadOf(
    "createOrganization",
    `mutation ($input: OrganizationInput!) { createOrganization(input: $input) { organization { id } userErrors { field message } } }`,
    { input: organizationInput() },
    editor,
  );
  ownOrganizationId = (created as unknown as { organization: { id: string } }).organization.id;
  await call(
    "publishOrganization",
    `mutation ($id: ID!) { publishOrganization(id: $id) { userErrors { field } } }`,
    { id: ownOrganizationId },
    editor,
  );
  const service = await payloadOf(
    "createService",
    `mutation ($input: ServiceInput!) { createService(input: $input) { service { id } userErrors { field message } } }`,
    { input: serviceInput(ownOrganizationId) },
    editor,
  );
  ownServiceId = (service as unknown as { service: { id: string } }).service.id;
  await call(
    "publishService",
    `mutation ($id: ID!) { publishService(id: $id) { userErrors { field } } }`,
    { id: ownServiceId },
    editor,
  );
  const other = await insertOrganizationRow(database.pool, { slug: "ops-lapy" });
  otherOrganizationId = globalId("Organization", other);
  otherServiceId = globalId(
    "Service",
    await insertServiceRow(database.pool, { slug: "posilki-ops", serviceType: "MEALS", providerId: other }),
  );
  rep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: uuidOf(ownOrganizationId) });
  otherRep = await signInAs(database, api, "ORGANIZATION_REP", { organizationId: other });
});

afterAll(async () => {
  await api?.stop();
  await database?.drop();
});

describe("proposing changes", () => {
  let organizationProposalId: string;

  it("stores a representative's organization change as PENDING, publishing nothing", async () => {
    const payload = await proposeOrganization(
      organizationInput({
        name: "Spółdzielnia Socjalna „Nowe Smaki”",
        slug: "spoldzielnia-socjalna-testowe-smaki",
        description: "Catering i szkolenia.",
      }),
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.proposal).toMatchObject({
      status: "PENDING",
      isNewRecord: false,
      author: { email: rep.email },
    });
    expect(payload.proposal!.diff).toEqual([
      {
        field: "name",
        label: "Nazwa",
        before: "Spółdzielnia Socjalna „Testowe Smaki”",
        after: "Spółdzielnia Socjalna „Nowe Smaki”",
      },
      {
        field: "description",
        label: "Opis",
        before: "Catering dla szkół i urzędów.",
        after: "Catering i szkolenia.",
      },
    ]);
    organizationProposalId = payload.proposal!.id;
    expect(await publicOrganizationName()).toBe("Spółdzielnia Socjalna „Testowe Smaki”");
    expect(await auditActions(uuidOf(organizationProposalId))).toEqual([["CHANGE_PROPOSED", rep.id]]);
  });

  it("validates like the editor mutation, naming the field", async () => {
    const payload = await proposeService(ownServiceId, serviceInput(ownOrganizationId, { title: "  " }));
    expect(payload.proposal).toBeNull();
    expect(payload.userErrors).toContainEqual({ field: ["input", "title"], message: "must not be empty" });
  });

  it("refuses another organization's profile and services with FORBIDDEN", async () => {
    for (const response of [
      await call(
        "proposeOrganizationChange",
        PROPOSE_ORGANIZATION,
        { organizationId: otherOrganizationId, input: organizationInput() },
        rep,
      ),
      await call(
        "proposeServiceChange",
        PROPOSE_SERVICE,
        { serviceId: otherServiceId, input: serviceInput(null) },
        rep,
      ),
      await call(
        "proposeServiceChange",
        PROPOSE_SERVICE,
        { serviceId: null, input: serviceInput(otherOrganizationId) },
        rep,
      ),
      await call(
        "proposeServiceChange",
        PROPOSE_SERVICE,
        { serviceId: ownServiceId, input: serviceInput(null) },
        otherRep,
      ),
    ]) {
      expect(errorCode(response)).toBe("FORBIDDEN");
    }
    const { rows } = await database.pool.query(`select count(*)::int as n from change_proposal`);
    expect(rows[0].n).toBe(1);
  });

  it("is for representatives only: anonymous UNAUTHENTICATED, editors FORBIDDEN", async () => {
    const variables = { organizationId: ownOrganizationId, input: organizationInput() };
    expect(errorCode(await call("proposeOrganizationChange", PROPOSE_ORGANIZATION, variables))).toBe(
      "UNAUTHENTICATED",
    );
    expect(errorCode(await call("proposeOrganizationChange", PROPOSE_ORGANIZATION, variables, editor))).toBe(
      "FORBIDDEN",
    );
    const service = { serviceId: ownServiceId, input: serviceInput(null) };
    expect(errorCode(await call("proposeServiceChange", PROPOSE_SERVICE, service))).toBe("UNAUTHENTICATED");
    expect(errorCode(await call("proposeServiceChange", PROPOSE_SERVICE, service, editor))).toBe("FORBIDDEN");
  });

  it("shows the record's current values in the diff when an editor changed it since", async () => {
    const update = await payloadOf(
      "updateOrganization",
      `mutation ($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { userErrors { field } } }`,
      { id: ownOrganizationId, input: organizationInput({ description: "Catering dla szkół." }) },
      editor,
    );
    expect(update.userErrors).toEqual([]);
    const response = await graphqlRequest<{ changeProposals: { edges: { node: Proposal }[] } }>(
      api,
      `query { changeProposals(status: PENDING, first: 20) { edges { node { id diff { field before after } } } } }`,
      {},
      editor.headers,
    );
    const node = response.data!.changeProposals.edges.find(
      (edge) => edge.node.id === organizationProposalId,
    )!.node;
    expect(node.diff.find((change) => change.field === "description")).toEqual({
      field: "description",
      before: "Catering dla szkół.",
      after: "Catering i szkolenia.",
    });
  });

  it("keeps representatives' lists to their own proposals; editors see all", async () => {
    await proposeService(ownServiceId, serviceInput(null, { title: "Klub seniora „Pogodna jesień”" }));
    await proposeService(otherServiceId, serviceInput(null, { title: "Obiady w OPS" }), otherRep);
    const list = async (user: SignedInUser) => {
      const response = await graphqlRequest<{
        changeProposals: { totalCount: number; edges: { node: Proposal }[] };
      }>(
        api,
        `query { changeProposals(first: 20) { totalCount edges { node { author { email } } } } }`,
        {},
        user.headers,
      );
      expect(response.errors).toBeUndefined();
      return response.data!.changeProposals;
    };
    expect((await list(editor)).totalCount).toBe(3);
    const own = await list(rep);
    expect(own.totalCount).toBe(2);
    expect(own.edges.every((edge) => edge.node.author.email === rep.email)).toBe(true);
    expect((await list(otherRep)).totalCount).toBe(1);
    expect(errorCode(await graphqlRequest(api, `query { changeProposals(first: 1) { totalCount } }`))).toBe(
      "UNAUTHENTICATED",
    );
  });
});

describe("reviewing proposals", () => {
  const pending = async (user: SignedInUser = editor) => {
    const response = await graphqlRequest<{
      changeProposals: {
        edges: { node: Proposal & { targetType: string; isNewRecord: boolean; author: { email: string } } }[];
      };
    }>(
      api,
      `query { changeProposals(status: PENDING, first: 50) { edges { node { id targetType isNewRecord author { email } service { title } } } } }`,
      {},
      user.headers,
    );
    return response.data!.changeProposals.edges.map((edge) => edge.node);
  };

  it("accepts with the editor's edits, applying and auditing them in one go", async () => {
    const proposal = (await pending()).find((node) => node.targetType === "ORGANIZATION")!;
    const edits = {
      organization: organizationInput({
        name: "Spółdzielnia Socjalna „Nowe Smaki”",
        description: "Catering.",
      }),
    };
    const refused = await call("acceptChangeProposal", ACCEPT, { id: proposal.id, edits }, rep);
    expect(errorCode(refused)).toBe("FORBIDDEN");
    expect(errorCode(await call("acceptChangeProposal", ACCEPT, { id: proposal.id }))).toBe(
      "UNAUTHENTICATED",
    );

    const payload = await payloadOf("acceptChangeProposal", ACCEPT, { id: proposal.id, edits }, editor);
    expect(payload.userErrors).toEqual([]);
    expect(payload.proposal).toMatchObject({
      status: "ACCEPTED",
      reviewer: { email: editor.email },
      diff: [],
    });
    expect(await publicOrganizationName()).toBe("Spółdzielnia Socjalna „Nowe Smaki”");
    const organizationUuid = uuidOf(ownOrganizationId);
    expect((await auditActions(organizationUuid)).at(-1)).toEqual(["ORGANIZATION_UPDATED", editor.id]);
    expect(await auditActions(uuidOf(proposal.id))).toEqual([
      ["CHANGE_PROPOSED", rep.id],
      ["CHANGE_PROPOSAL_ACCEPTED", editor.id],
    ]);
    const search = await graphqlRequest<{ organizations: { edges: { node: { name: string } }[] } }>(
      api,
      `query { organizations(filter: { text: "Nowe Smaki" }, first: 20) { edges { node { name } } } }`,
    );
    expect(search.data!.organizations.edges.map((edge) => edge.node.name)).toContain(
      "Spółdzielnia Socjalna „Nowe Smaki”",
    );
    const again = await payloadOf("acceptChangeProposal", ACCEPT, { id: proposal.id }, editor);
    expect(again.userErrors).toEqual([{ field: ["id"], message: "has already been reviewed" }]);
  });

  it("reports invalid edits at their path and changes nothing", async () => {
    const proposal = (await pending()).find((node) => node.author.email === rep.email)!;
    const payload = await payloadOf(
      "acceptChangeProposal",
      ACCEPT,
      { id: proposal.id, edits: { service: serviceInput(null, { title: "" }) } },
      editor,
    );
    expect(payload.userErrors).toContainEqual({
      field: ["edits", "service", "title"],
      message: "must not be empty",
    });
    const wrongKind = await payloadOf(
      "acceptChangeProposal",
      ACCEPT,
      { id: proposal.id, edits: { organization: organizationInput() } },
      editor,
    );
    expect(wrongKind.userErrors[0]!.field).toEqual(["edits", "service"]);
    expect((await pending()).map((node) => node.id)).toContain(proposal.id);
  });

  it("rejects only with a message, which the representative then sees", async () => {
    const proposal = (await pending()).find((node) => node.author.email === otherRep.email)!;
    expect(
      errorCode(await call("rejectChangeProposal", REJECT, { id: proposal.id, message: "Nie" }, otherRep)),
    ).toBe("FORBIDDEN");
    expect(errorCode(await call("rejectChangeProposal", REJECT, { id: proposal.id, message: "Nie" }))).toBe(
      "UNAUTHENTICATED",
    );
    const empty = await payloadOf("rejectChangeProposal", REJECT, { id: proposal.id, message: "  " }, editor);
    expect(empty.userErrors).toEqual([{ field: ["message"], message: "must say why" }]);
    const payload = await payloadOf(
      "rejectChangeProposal",
      REJECT,
      { id: proposal.id, message: "Usługa jest prowadzona przez OPS, nie przez Państwa." },
      editor,
    );
    expect(payload.proposal).toMatchObject({ status: "REJECTED", reviewer: { email: editor.email } });
    const seen = await graphqlRequest<{ changeProposals: { edges: { node: Proposal }[] } }>(
      api,
      `query { changeProposals(status: REJECTED, first: 20) { edges { node { reviewMessage } } } }`,
      {},
      otherRep.headers,
    );
    expect(seen.data!.changeProposals.edges.map((edge) => edge.node.reviewMessage)).toEqual([
      "Usługa jest prowadzona przez OPS, nie przez Państwa.",
    ]);
  });

  it("lists every field of a proposed new service and creates it, published, on acceptance", async () => {
    const payload = await proposeService(
      null,
      serviceInput(null, {
        title: "Teleopieka dla seniorów",
        slug: null,
        serviceType: "TELECARE",
        locations: [],
      }),
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.proposal).toMatchObject({ isNewRecord: true, service: null });
    expect(payload.proposal!.diff.map((change) => change.field)).toEqual(
      expect.arrayContaining(["title", "slug", "serviceType", "areaCodes"]),
    );
    expect(payload.proposal!.diff.find((change) => change.field === "title")).toEqual({
      field: "title",
      label: "Tytuł",
      before: null,
      after: "Teleopieka dla seniorów",
    });
    const accepted = await payloadOf("acceptChangeProposal", ACCEPT, { id: payload.proposal!.id }, editor);
    expect(accepted.proposal).toMatchObject({
      status: "ACCEPTED",
      service: { title: "Teleopieka dla seniorów", publicationState: "PUBLISHED" },
    });
    const search = await graphqlRequest<{
      services: { edges: { node: { title: string; provider: { id: string } } }[] };
    }>(
      api,
      `query { services(filter: { text: "Teleopieka" }, first: 20) { edges { node { title provider { id } } } } }`,
    );
    expect(search.data!.services.edges.map((edge) => edge.node)).toEqual([
      { title: "Teleopieka dla seniorów", provider: { id: ownOrganizationId } },
    ]);
  });

  it("shows no spurious changes when a service proposal repeats the stored values", async () => {
    const payload = await proposeService(
      ownServiceId,
      serviceInput(ownOrganizationId, { languages: ["PL"] }),
    );
    expect(payload.userErrors).toEqual([]);
    expect(payload.proposal!.diff).toEqual([]);
  });
});
