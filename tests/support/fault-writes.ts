import { importTerytFile, type RunningApi } from "@obserwatorium/server";
import { insertOrganizationRow } from "../factories/service-rows";
import { signInEditor } from "./editor-session";
import { TERYT_FILE } from "./paths";
import { graphqlExchange, type TestDatabase } from "./test-hub";
import { serviceInput } from "../factories/service-input";

/** What the fault tests write through the API: services of one provider in Łapy. */
export interface ServiceWriter {
  /** Creates a service; resolves to its database ID once the API acknowledged it, else throws. */
  create(title: string, signal?: AbortSignal): Promise<string>;
  /** Creates and publishes a service (search shows published ones only); resolves to its ID. */
  publish(title: string): Promise<string>;
}

export async function prepareServiceWriter(database: TestDatabase, api: RunningApi): Promise<ServiceWriter> {
  await importTerytFile(database.orm.em.fork(), TERYT_FILE);
  const provider = await insertOrganizationRow(database.pool, { slug: "ops-lapy" });
  const providerId = Buffer.from(`Organization:${provider}`).toString("base64url");
  const editor = await signInEditor(database, api);

  const mutate = async (name: string, query: string, variables: object, signal?: AbortSignal) => {
    const { body } = await graphqlExchange<
      Record<string, { service: { id: string } | null; userErrors: { message: string }[] }>
    >(api, query, { ...variables }, editor, signal);
    const id = body.data?.[name]?.service?.id;
    if (!id) throw new Error(JSON.stringify(body.errors ?? body.data?.[name]?.userErrors));
    return id;
  };
  const create = (title: string, signal?: AbortSignal) =>
    mutate(
      "createService",
      `mutation ($input: ServiceInput!) { createService(input: $input) { ${PAYLOAD} } }`,
      { input: serviceInput(providerId, { title }) },
      signal,
    );
  return {
    create: async (title, signal) => databaseId(await create(title, signal)),
    async publish(title) {
      const id = await create(title);
      await mutate("publishService", `mutation ($id: ID!) { publishService(id: $id) { ${PAYLOAD} } }`, {
        id,
      });
      return databaseId(id);
    },
  };
}

const PAYLOAD = "service { id } userErrors { message }";

const databaseId = (globalId: string) => Buffer.from(globalId, "base64").toString("utf8").split(":")[1]!;
