import { csvDocument } from "@/lib/csv";
import { graphqlUrl } from "@/lib/config";
import type { ImportKindInfo } from "./import-kinds";

/** Where the API publishes a template: its GraphQL address with /graphql replaced by /files/templates/. */
export function apiTemplateUrl(templateFile: string, apiGraphqlUrl = graphqlUrl()): string {
  const url = new URL(apiGraphqlUrl);
  url.pathname = `${url.pathname.replace(/\/graphql\/?$/, "")}/files/templates/${templateFile}`;
  url.search = "";
  return url.toString();
}

/** A template made from the documented columns, for an API that does not publish one (yet). */
export function fallbackTemplate(info: Pick<ImportKindInfo, "columns">): string {
  return csvDocument(
    info.columns.map((column) => column.name),
    [info.columns.map((column) => column.example)],
  );
}

/** The API's template, or null when it has none or cannot be reached. */
export async function fetchApiTemplate(templateFile: string, signal?: AbortSignal): Promise<string | null> {
  try {
    const response = await fetch(apiTemplateUrl(templateFile), { cache: "no-store", signal });
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}
