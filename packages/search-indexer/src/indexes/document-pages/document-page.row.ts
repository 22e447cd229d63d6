import type { DocumentKind } from "@obserwatorium/schema";

/** One page with what its search document needs, as the source query returns it. */
export interface DocumentPageRow {
  file_id: string;
  page_number: number;
  text: string;
  document_id: string;
  title: string;
  kind: DocumentKind;
  territorial_unit_code: string | null;
  unit_name: string | null;
  publication_state: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  is_demo: boolean;
}

/** Pages of the given documents (or of all when the parameter is null). */
export const DOCUMENT_PAGE_SOURCE_SQL = `
select p.file_id, p.page_number, p.text, d.id as document_id, d.title, d.kind, d.territorial_unit_code,
       u.name as unit_name, d.publication_state, d.is_demo
from document_page p
join document_file f on f.id = p.file_id
join document d on d.id = f.document_id
left join territorial_unit u on u.code = d.territorial_unit_code
where $1::uuid[] is null or d.id = any($1::uuid[])
order by p.file_id, p.page_number`;
