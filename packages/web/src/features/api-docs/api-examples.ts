import { graphqlUrl } from "@/lib/config";
import { readWebFile } from "./repo-files";

/** One copy-paste example: its query file, the variables it is shown with, and its live answer. */
export interface ApiExample {
  query: string;
  variables?: Record<string, unknown>;
  /** The API's answer, pretty-printed; null when the API could not be asked just now. */
  result: string | null;
}

const exampleQuery = (name: string) => readWebFile(`src/features/api-docs/examples/${name}.graphql`);

/** Asks the API as an anonymous partner would, so the page shows what copying the example gives. */
async function run(query: string, variables?: Record<string, unknown>): Promise<unknown> {
  try {
    const response = await fetch(graphqlUrl(), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
      cache: "no-store",
    });
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

const shown = (answer: unknown) => (answer === null ? null : JSON.stringify(answer, null, 2));

/** The API's default cost limit (GRAPHQL_MAX_COST), shown when the API could not be asked. */
const DEFAULT_MAX_COST = 5000;

interface CostAnswer {
  extensions?: { cost?: { maximum?: number } };
}
interface ChangesAnswer {
  data?: { changes?: { changes?: { recordId: string }[] } };
}
interface ServicesAnswer {
  data?: { services?: { edges?: { node: { id: string } }[] } };
}

/** The examples of the three user groups, each with its live answer; the partner's has two steps. */
export async function loadApiExamples() {
  const suppliersQuery = exampleQuery("certified-suppliers");
  const servicesQuery = exampleQuery("services-in-gmina");
  const changesQuery = exampleQuery("changes-since");
  const nodeQuery = exampleQuery("record-by-id");
  const changesVariables = { since: null };
  const [suppliers, services, changes] = await Promise.all([
    run(suppliersQuery),
    run(servicesQuery),
    run(changesQuery, changesVariables),
  ]);
  // A record the feed names; a fresh hub whose data came from the seed (which the feed does not
  // replay) shows a service from the example above instead.
  const recordId =
    (changes as ChangesAnswer | null)?.data?.changes?.changes?.[0]?.recordId ??
    (services as ServicesAnswer | null)?.data?.services?.edges?.[0]?.node.id;
  const nodeVariables = { id: recordId ?? "" };
  const node = recordId ? await run(nodeQuery, nodeVariables) : null;
  return {
    // The deployment's own limit, as every answer reports it.
    maxCost: (suppliers as CostAnswer | null)?.extensions?.cost?.maximum ?? DEFAULT_MAX_COST,
    examples: {
      official: { query: suppliersQuery, result: shown(suppliers) },
      resident: { query: servicesQuery, result: shown(services) },
      changes: { query: changesQuery, variables: changesVariables, result: shown(changes) },
      node: { query: nodeQuery, variables: nodeVariables, result: shown(node) },
    } satisfies Record<string, ApiExample>,
  };
}
