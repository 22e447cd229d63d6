import { graphql } from "@/__generated__";
import { query } from "@/lib/apollo/rsc-client";
import type { PageFragment } from "./document-text";

/** The most pages the API gives in one request. */
const PAGES_PER_REQUEST = 100;

const DocumentPagesQuery = graphql(`
  query DocumentPages($id: ID!, $fromPage: Int!, $first: Int!) {
    document(id: $id) {
      files {
        id
        pages(fromPage: $fromPage, first: $first) {
          ...DocumentText_page
        }
      }
    }
  }
`);

/**
 * The text of every page of every file, by file id, in requests of at most 100 pages each (sent
 * together; each returns that range of every file).
 */
export async function loadDocumentPages(id: string, pageCount: number): Promise<Map<string, PageFragment[]>> {
  const starts = Array.from(
    { length: Math.ceil(pageCount / PAGES_PER_REQUEST) },
    (_, index) => index * PAGES_PER_REQUEST + 1,
  );
  const chunks = await Promise.all(
    starts.map(async (fromPage) => {
      const { data } = await query({
        query: DocumentPagesQuery,
        variables: { id, fromPage, first: PAGES_PER_REQUEST },
      });
      return data?.document?.files ?? [];
    }),
  );
  const pages = new Map<string, PageFragment[]>();
  for (const files of chunks) {
    for (const file of files) pages.set(file.id, [...(pages.get(file.id) ?? []), ...file.pages]);
  }
  return pages;
}
