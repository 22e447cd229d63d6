import { Migration } from "@mikro-orm/migrations";

/** Text columns the PostgreSQL fallback searches when Meilisearch is down (see text-fallback.ts). */
export const FALLBACK_TEXT_INDEXES: Readonly<Record<string, { table: string; expression: string }>> = {
  service_search_fold_trgm_idx: { table: "service", expression: "title || ' ' || description" },
  organization_search_fold_trgm_idx: {
    table: "organization",
    expression: "name || ' ' || coalesce(short_name, '') || ' ' || city || ' ' || description",
  },
  good_practice_search_fold_trgm_idx: {
    table: "good_practice",
    expression: "title || ' ' || summary || ' ' || body_markdown",
  },
  document_search_fold_trgm_idx: { table: "document", expression: "title || ' ' || summary" },
  document_page_search_fold_trgm_idx: { table: "document_page", expression: "text" },
  territorial_unit_search_fold_trgm_idx: { table: "territorial_unit", expression: "name" },
};

/**
 * Degraded search: `search_fold(text)` folds like foldPolish (unaccent when the server has it —
 * the embedded PostgreSQL 18 does —, otherwise a translate() of the Polish letters), and trigram
 * indexes on the folded text when pg_trgm is available. Plain PostgreSQL ≥ 16 builds without
 * contrib still migrate; the fallback then scans.
 */
export class Migration20261122090000_search_fallback extends Migration {
  override async up(): Promise<void> {
    const indexes = Object.entries(FALLBACK_TEXT_INDEXES)
      .map(
        ([name, { table, expression }]) =>
          `create index if not exists ${name} on ${table} using gin (search_fold(${expression}) gin_trgm_ops);`,
      )
      .join("\n      ");
    this.addSql(`
      do $migration$
      begin
        if exists (select 1 from pg_available_extensions where name = 'unaccent') then
          create extension if not exists unaccent with schema public;
          create or replace function search_fold(value text) returns text
            language sql immutable parallel safe strict
            as $fold$ select lower(public.unaccent('public.unaccent'::regdictionary, value)) $fold$;
        else
          create or replace function search_fold(value text) returns text
            language sql immutable parallel safe strict
            as $fold$ select lower(translate(value, 'ąćęłńóśźżĄĆĘŁŃÓŚŹŻ', 'acelnoszzACELNOSZZ')) $fold$;
        end if;
        if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
          create extension if not exists pg_trgm with schema public;
      ${indexes}
        end if;
      end
      $migration$`);
  }

  override async down(): Promise<void> {
    for (const name of Object.keys(FALLBACK_TEXT_INDEXES)) this.addSql(`drop index if exists ${name}`);
    this.addSql(`drop function if exists search_fold(text)`);
  }
}
