import { Migration } from "@mikro-orm/migrations";

// Vocabularies frozen as they were when this migration was written (packages/schema/src/services);
// a later change to a vocabulary gets its own migration.
const SERVICE_TYPES = `'SOCIAL_WORK', 'SPECIALIST_COUNSELLING', 'CRISIS_INTERVENTION', 'CARE_SERVICES',
  'SPECIALIST_CARE_SERVICES', 'RESPITE_CARE', 'PERSONAL_ASSISTANCE', 'FAMILY_ASSISTANT',
  'SHELTERED_HOUSING', 'TRAINING_HOUSING', 'SUPPORTED_HOUSING', 'NEIGHBOURHOOD_SERVICES',
  'DAY_CARE_HOME', 'SENIOR_CLUB', 'COMMUNITY_SELF_HELP_HOME', 'NURSING_HOME',
  'SHORT_TERM_NURSING_HOME', 'CARE_AND_HOUSING_CENTRE', 'FAMILY_CARE_HOME', 'TELECARE',
  'DOOR_TO_DOOR_TRANSPORT', 'MEALS', 'SHELTER', 'CIDON', 'DDOM'`;
const COST_KINDS = `'FREE', 'PAID', 'PARTLY_PAID', 'INCOME_DEPENDENT'`;
const DELIVERY_MODES = `'ON_SITE', 'AT_HOME', 'REMOTE'`;
const ACCESSIBILITY_FEATURES = `'STEP_FREE_ACCESS', 'ACCESSIBLE_TOILET', 'INDUCTION_LOOP', 'SIGN_LANGUAGE',
  'EASY_TO_READ'`;

export class Migration20261122030000_services extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table service (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        title text not null check (title <> ''),
        description text not null default '',
        service_type text not null check (service_type in (${SERVICE_TYPES})),
        provider_organization_id uuid references organization (id) deferrable initially deferred,
        target_groups text[] not null default '{}',
        cost_kind text not null check (cost_kind in (${COST_KINDS})),
        cost_amount numeric(10, 2) check (cost_amount >= 0),
        cost_unit text,
        cost_explanation text not null default '',
        eligibility_text text not null default '',
        min_age integer check (min_age >= 0),
        max_age integer check (max_age >= 0),
        disability_certificate_required boolean not null default false,
        income_criterion boolean not null default false,
        residence_required boolean not null default false,
        how_to_apply text not null default '',
        required_documents text[] not null default '{}',
        delivery_modes text[] not null default '{}'
          check (delivery_modes <@ array[${DELIVERY_MODES}]::text[]),
        languages text[] not null default '{pl}'
          check (array_to_string(languages, ',') ~ '^([a-z]{2,3}(,[a-z]{2,3})*)?$'),
        accessibility_features text[] not null default '{}'
          check (accessibility_features <@ array[${ACCESSIBILITY_FEATURES}]::text[]),
        waiting_time_text text not null default '',
        legal_basis text not null default '',
        valid_from date,
        valid_to date,
        last_verified_at date,
        last_verified_source text,
        publication_state text not null default 'DRAFT'
          check (publication_state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        is_demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint service_age_range check (min_age is null or max_age is null or min_age <= max_age),
        constraint service_validity_range check (valid_from is null or valid_to is null or valid_from <= valid_to),
        constraint service_free_has_no_price check (cost_kind <> 'FREE' or cost_amount is null)
      )`);
    this.addSql(`create index service_type_idx on service (service_type)`);
    this.addSql(`create index service_provider_idx on service (provider_organization_id)`);
    this.addSql(`create index service_publication_idx on service (publication_state, title)`);

    this.addSql(`
      create table service_area (
        service_id uuid not null references service (id) on delete cascade deferrable initially deferred,
        territorial_unit_code varchar(7) not null references territorial_unit (code),
        primary key (service_id, territorial_unit_code)
      )`);
    this.addSql(`create index service_area_unit_idx on service_area (territorial_unit_code)`);

    this.addSql(`
      create table service_location (
        id uuid primary key,
        service_id uuid not null references service (id) on delete cascade deferrable initially deferred,
        name text not null default '',
        street_address text not null,
        postal_code char(6) not null check (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
        city text not null,
        gmina_code varchar(7) not null references territorial_unit (code),
        latitude double precision check (latitude between 49.0 and 54.9),
        longitude double precision check (longitude between 14.1 and 24.2),
        position integer not null default 0,
        constraint service_location_coordinates_together check ((latitude is null) = (longitude is null))
      )`);
    this.addSql(`create index service_location_service_idx on service_location (service_id, position)`);
    this.addSql(`create index service_location_gmina_idx on service_location (gmina_code)`);

    this.addSql(`
      create table service_opening_hours (
        id uuid primary key,
        location_id uuid not null references service_location (id) on delete cascade deferrable initially deferred,
        weekday smallint not null check (weekday between 1 and 7),
        opens time not null,
        closes time not null,
        constraint service_opening_hours_order check (opens < closes)
      )`);
    this.addSql(
      `create index service_opening_hours_location_idx on service_opening_hours (location_id, weekday, opens)`,
    );

    this.addSql(`
      create table service_opening_exception (
        id uuid primary key,
        location_id uuid not null references service_location (id) on delete cascade deferrable initially deferred,
        date date not null,
        closed boolean not null,
        opens time,
        closes time,
        note text not null default '',
        constraint service_opening_exception_hours check (
          (closed and opens is null and closes is null)
          or (not closed and opens is not null and closes is not null and opens < closes))
      )`);
    this.addSql(
      `create index service_opening_exception_location_idx on service_opening_exception (location_id, date)`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [
      "service_opening_exception",
      "service_opening_hours",
      "service_location",
      "service_area",
      "service",
    ]) {
      this.addSql(`drop table ${table}`);
    }
  }
}
