import type { EntityManager } from "@mikro-orm/postgresql";
import {
  GOOD_PRACTICES_INDEX,
  ORGANIZATIONS_INDEX,
  SERVICES_INDEX,
  stemPolishText,
  TERRITORIAL_UNITS_INDEX,
} from "@obserwatorium/schema";

/** What the fallback searches per index: a table (with alias `t`), its text, and its visibility. */
interface FallbackSource {
  from: string;
  text: string;
  published: string | null;
  tieBreak: string;
}

// The folded text of every source starts with the expression its trigram index is built on
// (Migration20261122090000_search_fallback); extra parts are small and joined per row.
const SOURCES: Readonly<Record<string, FallbackSource>> = {
  [SERVICES_INDEX]: {
    from: "service t",
    text: `search_fold(t.title || ' ' || t.description) || ' ' || coalesce((select search_fold(string_agg(l.city || ' ' || u.name, ' '))
      from service_location l join territorial_unit u on u.code = l.gmina_code where l.service_id = t.id), '')`,
    published: "t.publication_state = 'PUBLISHED'",
    tieBreak: "t.title",
  },
  [ORGANIZATIONS_INDEX]: {
    from: "organization t",
    text: "search_fold(t.name || ' ' || coalesce(t.short_name, '') || ' ' || t.city || ' ' || t.description)",
    published: "t.publication_state = 'PUBLISHED'",
    tieBreak: "t.name",
  },
  [GOOD_PRACTICES_INDEX]: {
    from: "good_practice t",
    text: "search_fold(t.title || ' ' || t.summary || ' ' || t.body_markdown)",
    published: "t.publication_state = 'PUBLISHED'",
    tieBreak: "t.title",
  },
  [TERRITORIAL_UNITS_INDEX]: {
    from: "territorial_unit t",
    text: "search_fold(t.name)",
    published: null,
    tieBreak: "lpad(length(t.code)::text, 2, '0') || t.name",
  },
};

export interface FallbackPage {
  documentId: string;
  fileId: string;
  pageNumber: number;
  text: string;
}

/** Stems of the query words (stop words dropped): what the fallback looks for. */
export function fallbackStems(text: string): string[] {
  return stemPolishText(text).split(" ").filter(Boolean);
}

// Rows rank by how many query stems their folded text contains, then by trigram word similarity
// (which forgives typos); a row needs at least one stem or a close word.
const RANKING = `cross join lateral (
    select count(*) filter (where doc.text like '%' || w || '%') as hits,
           coalesce(sum(word_similarity(w, doc.text)), 0) as similarity
    from unnest(string_to_array(?, ' ')) as w) as m
  where m.hits > 0 or m.similarity >= 0.6 * ?`;

/**
 * Degraded-mode text search in PostgreSQL (unaccent + pg_trgm), used only while Meilisearch does
 * not answer: coarser ranking, same visibility rules.
 */
export class PostgresTextFallback {
  constructor(private readonly em: EntityManager) {}

  static supports(index: string): boolean {
    return index in SOURCES;
  }

  async rankedIds(index: string, text: string, publishedOnly: boolean, limit: number): Promise<string[]> {
    const source = SOURCES[index];
    if (!source) throw new Error(`No PostgreSQL fallback for index "${index}"`);
    const stems = fallbackStems(text);
    if (stems.length === 0) return [];
    const key = index === TERRITORIAL_UNITS_INDEX ? "t.code" : "t.id";
    const visibility = publishedOnly && source.published ? source.published : "true";
    const rows = await this.em.getConnection().execute<{ id: string }[]>(
      `select doc.id from (select ${key} as id, ${source.tieBreak} as tie, ${source.text} as text
         from ${source.from} where ${visibility}) as doc
       ${RANKING}
       order by m.hits desc, m.similarity desc, doc.tie limit ?`,
      [stems.join(" "), stems.length, limit],
      "all",
    );
    return rows.map((row) => row.id);
  }

  /** Pages whose document title or text match, best first. */
  async documentPages(text: string, publishedOnly: boolean, limit: number): Promise<FallbackPage[]> {
    const stems = fallbackStems(text);
    if (stems.length === 0) return [];
    const rows = await this.em
      .getConnection()
      .execute<{ document_id: string; file_id: string; page_number: number; page_text: string }[]>(
        `select doc.document_id, doc.file_id, doc.page_number, doc.page_text from (
         select d.id as document_id, p.file_id, p.page_number, p.text as page_text,
                search_fold(d.title) || ' ' || search_fold(p.text) as text
         from document_page p join document_file f on f.id = p.file_id join document d on d.id = f.document_id
         where ${publishedOnly ? "d.publication_state = 'PUBLISHED'" : "true"}) as doc
       ${RANKING}
       order by m.hits desc, m.similarity desc, doc.document_id, doc.page_number limit ?`,
        [stems.join(" "), stems.length, limit],
        "all",
      );
    return rows.map((row) => ({
      documentId: row.document_id,
      fileId: row.file_id,
      pageNumber: row.page_number,
      text: row.page_text,
    }));
  }
}
