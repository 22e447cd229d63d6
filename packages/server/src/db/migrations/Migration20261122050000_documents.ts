import { Migration } from "@mikro-orm/migrations";

// Vocabularies frozen as they were when this migration was written (packages/schema/src/documents).
const KINDS = `'LPDI', 'RPDI', 'WPRES', 'WPRES_MONITORING', 'KPRES', 'OZPS', 'STRATEGY', 'DIAGNOSIS',
  'REPORT', 'BULLETIN', 'GUIDELINES', 'OTHER'`;

export class Migration20261122050000_documents extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table document (
        id uuid primary key,
        kind text not null check (kind in (${KINDS})),
        title text not null check (title <> ''),
        summary text not null default '',
        territorial_unit_code varchar(7) references territorial_unit (code),
        period_from_year integer check (period_from_year between 1990 and 2100),
        period_to_year integer check (period_to_year between 1990 and 2100),
        stage text not null default 'DRAFT' check (stage in ('DRAFT', 'CONSULTATION', 'ADOPTED')),
        act_number text,
        act_body text,
        adopted_on date,
        in_force_from date,
        in_force_to date,
        repealed_on date,
        tags text[] not null default '{}',
        publication_state text not null default 'DRAFT'
          check (publication_state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        is_demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint document_period check (period_from_year is null or period_to_year is null
          or period_from_year <= period_to_year),
        constraint document_adopted_has_date check (stage <> 'ADOPTED' or adopted_on is not null),
        constraint document_in_force_range check (in_force_from is null or in_force_to is null
          or in_force_from <= in_force_to)
      )`);
    this.addSql(`create index document_unit_idx on document (territorial_unit_code)`);
    this.addSql(`create index document_kind_idx on document (kind, publication_state)`);

    this.addSql(`
      create table document_organization (
        document_id uuid not null references document (id) on delete cascade deferrable initially deferred,
        organization_id uuid not null references organization (id) on delete cascade,
        primary key (document_id, organization_id)
      )`);
    this.addSql(`
      create table document_service (
        document_id uuid not null references document (id) on delete cascade deferrable initially deferred,
        service_id uuid not null references service (id) on delete cascade,
        primary key (document_id, service_id)
      )`);

    this.addSql(`
      create table document_file (
        id uuid primary key,
        document_id uuid not null references document (id) on delete cascade deferrable initially deferred,
        file_name text not null check (file_name <> ''),
        content_type text not null,
        byte_size bigint not null check (byte_size > 0),
        sha256 char(64) not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text not null unique,
        text_state text not null check (text_state in ('EXTRACTED', 'NO_TEXT_LAYER', 'ENCRYPTED', 'BROKEN')),
        page_count integer not null default 0 check (page_count >= 0),
        uploaded_at timestamptz not null,
        uploaded_by_user_id uuid references app_user (id)
      )`);
    this.addSql(`create index document_file_document_idx on document_file (document_id, uploaded_at)`);

    this.addSql(`
      create table document_page (
        file_id uuid not null references document_file (id) on delete cascade deferrable initially deferred,
        page_number integer not null check (page_number >= 1),
        text text not null,
        primary key (file_id, page_number)
      )`);
  }

  override async down(): Promise<void> {
    for (const table of [
      "document_page",
      "document_file",
      "document_service",
      "document_organization",
      "document",
    ]) {
      this.addSql(`drop table ${table}`);
    }
  }
}
