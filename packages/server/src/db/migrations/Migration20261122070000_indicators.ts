import { Migration } from "@mikro-orm/migrations";

// Vocabularies frozen as they were when this migration was written (packages/schema/src/indicators and
// services/service-area.ts); a later change to a vocabulary gets its own migration.
const PROGRAMMES = `'KPRES', 'WPRES', 'RPDI', 'OZPS', 'OTHER'`;
const DIRECTIONS = `'HIGHER_IS_BETTER', 'LOWER_IS_BETTER'`;
const SERVICE_AREAS = `'FAMILY_POLICY', 'FAMILY_SUPPORT', 'FOSTER_CARE', 'SOCIAL_ASSISTANCE',
  'HEALTH_PROMOTION_AND_PROTECTION', 'DISABILITY_SUPPORT', 'PUBLIC_EDUCATION', 'COUNTERING_UNEMPLOYMENT',
  'CULTURE', 'PHYSICAL_CULTURE_AND_TOURISM', 'CIVIC_ENGAGEMENT', 'HOUSING', 'ENVIRONMENTAL_PROTECTION',
  'VOCATIONAL_AND_SOCIAL_REINTEGRATION'`;

export class Migration20261122070000_indicators extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table indicator (
        code text primary key
          check (char_length(code) <= 64 and code ~ '^[A-Za-z0-9]+([._-][A-Za-z0-9]+)*$'),
        name text not null check (name <> ''),
        programme text not null check (programme in (${PROGRAMMES})),
        area text check (area in (${SERVICE_AREAS})),
        unit text not null check (unit <> ''),
        definition text not null default '',
        source text not null default '',
        direction text not null check (direction in (${DIRECTIONS})),
        is_demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`create index indicator_programme_idx on indicator (programme, area)`);

    this.addSql(`
      create table indicator_value (
        indicator_code text not null references indicator (code) on delete cascade,
        territorial_unit_code varchar(7) not null references territorial_unit (code),
        year smallint not null check (year between 1990 and 2100),
        value numeric not null,
        baseline numeric,
        target numeric,
        source text not null default '',
        note text not null default '',
        is_demo boolean not null default false,
        updated_at timestamptz not null default now(),
        primary key (indicator_code, territorial_unit_code, year)
      )`);
    // The primary key serves series (indicator, units, years); maps read one indicator and one year.
    this.addSql(`create index indicator_value_year_idx on indicator_value (indicator_code, year)`);
    this.addSql(`create index indicator_value_unit_idx on indicator_value (territorial_unit_code)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table indicator_value`);
    this.addSql(`drop table indicator`);
  }
}
