import "reflect-metadata";
import { buildApiSchema } from "@obserwatorium/server";
import { getNamedType, isObjectType } from "graphql";
import { expect, it } from "vitest";

/** Types with an `id` that node(id) does not fetch, and why. */
const NOT_NODES: Record<string, string> = {
  ChangeProposal: "panel only: editors and the proposing representative list it with changeProposals",
  ServiceReport: "editors only: serviceReports and workQueues",
  OutdatedReport: "the resident's receipt of a ServiceReport, never fetched again",
  User: "personal data: `me` and the administrators' lists only",
  UserInvitation: "personal data: the administrators' lists only",
  ApiKey: "administration: the administrators' list of keys only",
  AuditLogEntry: "editors only, read in order through auditLog; the ID is local",
  CertifiedOffering: "a part of its certificate; the ID is local",
  Offering: "a part of its organization; the ID is local",
  SocialEnterpriseDecision: "a part of its organization; the ID is local",
  EventRegistration:
    "personal data: editors list it with registrations; participants hold a cancellation token",
};

it("lets node(id) fetch every type with an ID, except the listed panel-only and part-of-a-record types", async () => {
  const schema = await buildApiSchema();
  const node = schema.getType("Node");
  const withId = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .filter((type) => !type.name.startsWith("__") && getNamedType(type.getFields().id?.type)?.name === "ID");
  const notNodes = withId
    .filter((type) => !type.getInterfaces().some((implemented) => implemented === node))
    .map((type) => type.name)
    .sort();
  expect(notNodes).toEqual(Object.keys(NOT_NODES).sort());
});
