import { Migration } from "@mikro-orm/migrations";

// Vocabularies frozen as they were when this migration was written (packages/schema/src/services and
// packages/schema/src/good-practices); a later change to a vocabulary gets its own migration.
const SERVICE_AREAS = `'FAMILY_POLICY', 'FAMILY_SUPPORT', 'FOSTER_CARE', 'SOCIAL_ASSISTANCE',
  'HEALTH_PROMOTION_AND_PROTECTION', 'DISABILITY_SUPPORT', 'PUBLIC_EDUCATION', 'COUNTERING_UNEMPLOYMENT',
  'CULTURE', 'PHYSICAL_CULTURE_AND_TOURISM', 'CIVIC_ENGAGEMENT', 'HOUSING', 'ENVIRONMENTAL_PROTECTION',
  'VOCATIONAL_AND_SOCIAL_REINTEGRATION'`;
const TARGET_GROUPS = `'FAMILIES_AND_CHILDREN', 'PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS',
  'PEOPLE_WITH_DISABILITIES', 'PEOPLE_WITH_MENTAL_DISORDERS', 'PEOPLE_EXPERIENCING_HOMELESSNESS',
  'PEOPLE_WITH_ADDICTIONS', 'PEOPLE_AFFECTED_BY_VIOLENCE', 'FOSTER_CARE_CHILDREN_AND_LEAVERS',
  'UNEMPLOYED_AND_JOB_SEEKERS', 'PEOPLE_LEAVING_PRISON', 'REFUGEES_AND_MIGRANTS', 'CARERS'`;
const FUNDING_KINDS = `'EFS_PLUS', 'FERS', 'PFRON', 'NATIONAL_PROGRAMME', 'JST_BUDGET', 'OTHER'`;

export class Migration20261122060000_good_practices extends Migration {
  override async up(): Promise<void> {
    // A period end is a year or a date; a date, when known, must lie in its year.
    this.addSql(`
      create table good_practice (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text not null check (title <> ''),
        summary text not null check (summary <> ''),
        body_markdown text not null default '',
        service_areas text[] not null default '{}'
          check (service_areas <@ array[${SERVICE_AREAS}]::text[]),
        target_groups text[] not null default '{}'
          check (target_groups <@ array[${TARGET_GROUPS}]::text[]),
        period_from_year integer not null check (period_from_year between 1990 and 2100),
        period_from_date date check (extract(year from period_from_date) = period_from_year),
        period_to_year integer check (period_to_year between 1990 and 2100),
        period_to_date date check (extract(year from period_to_date) = period_to_year),
        funding_kinds text[] not null default '{}' check (funding_kinds <@ array[${FUNDING_KINDS}]::text[]),
        funding_source text not null default '',
        contact_name text,
        contact_email text,
        contact_phone text,
        publication_state text not null default 'DRAFT'
          check (publication_state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        is_demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint good_practice_period check (period_to_year is null or period_from_year <= period_to_year),
        constraint good_practice_period_dates check (period_from_date is null or period_to_date is null
          or period_from_date <= period_to_date)
      )`);
    this.addSql(
      `create index good_practice_publication_idx on good_practice (publication_state, period_from_year)`,
    );

    this.addSql(`
      create table good_practice_area (
        good_practice_id uuid not null references good_practice (id) on delete cascade deferrable initially deferred,
        territorial_unit_code varchar(7) not null references territorial_unit (code),
        primary key (good_practice_id, territorial_unit_code)
      )`);
    this.addSql(`create index good_practice_area_unit_idx on good_practice_area (territorial_unit_code)`);

    this.addSql(`
      create table good_practice_organization (
        good_practice_id uuid not null references good_practice (id) on delete cascade deferrable initially deferred,
        organization_id uuid not null references organization (id) on delete cascade,
        position integer not null default 0,
        primary key (good_practice_id, organization_id)
      )`);
    this.addSql(
      `create index good_practice_organization_idx on good_practice_organization (organization_id)`,
    );

    this.addSql(`
      create table good_practice_result (
        id uuid primary key,
        good_practice_id uuid not null references good_practice (id) on delete cascade deferrable initially deferred,
        indicator text not null check (indicator <> ''),
        value numeric(16, 4) not null,
        unit text not null default '',
        position integer not null default 0
      )`);
    this.addSql(
      `create index good_practice_result_practice_idx on good_practice_result (good_practice_id, position)`,
    );

    this.addSql(`
      create table good_practice_attachment (
        id uuid primary key,
        good_practice_id uuid not null references good_practice (id) on delete cascade deferrable initially deferred,
        title text not null check (title <> ''),
        url text not null check (url ~ '^https?://'),
        position integer not null default 0
      )`);
    this.addSql(
      `create index good_practice_attachment_practice_idx on good_practice_attachment (good_practice_id, position)`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [
      "good_practice_attachment",
      "good_practice_result",
      "good_practice_organization",
      "good_practice_area",
      "good_practice",
    ]) {
      this.addSql(`drop table ${table}`);
    }
  }
}
