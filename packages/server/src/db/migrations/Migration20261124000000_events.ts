import { Migration } from "@mikro-orm/migrations";

// Vocabularies frozen as they were when this migration was written (packages/schema/src/events,
// services); a later change to a vocabulary gets its own migration.
const EVENT_KINDS = `'TRAINING', 'SEMINAR', 'CONFERENCE', 'FAIR', 'STUDY_VISIT', 'GALA',
  'CONSULTATION_MEETING', 'OTHER'`;
const EVENT_TOPICS = `'DEINSTITUTIONALISATION', 'LPDI', 'CUS', 'SOCIAL_ECONOMY', 'SOCIAL_PROCUREMENT',
  'SUPERVISION', 'SOCIAL_WORK', 'COMMUNITY_SERVICES', 'OZPS', 'EU_FUNDING', 'OTHER'`;
const EVENT_AUDIENCES = `'SOCIAL_WORKERS', 'JST_STAFF', 'SOCIAL_ASSISTANCE_MANAGERS', 'CUS_STAFF',
  'FAMILY_ASSISTANTS', 'CARE_STAFF', 'PES_STAFF', 'OWES_STAFF', 'NGO_STAFF', 'RESIDENTS', 'OTHER'`;
const ACCESSIBILITY_NEEDS = `'SIGN_LANGUAGE_INTERPRETER', 'STEP_FREE_ACCESS', 'INDUCTION_LOOP',
  'EASY_TO_READ_MATERIALS', 'LARGE_PRINT_MATERIALS', 'ASSISTANCE_DOG', 'PERSONAL_ASSISTANT',
  'DIETARY_NEEDS', 'OTHER'`;
const SERVICE_AREAS = `'FAMILY_POLICY', 'FAMILY_SUPPORT', 'FOSTER_CARE', 'SOCIAL_ASSISTANCE',
  'HEALTH_PROMOTION_AND_PROTECTION', 'DISABILITY_SUPPORT', 'PUBLIC_EDUCATION', 'COUNTERING_UNEMPLOYMENT',
  'CULTURE', 'PHYSICAL_CULTURE_AND_TOURISM', 'CIVIC_ENGAGEMENT', 'HOUSING', 'ENVIRONMENTAL_PROTECTION',
  'VOCATIONAL_AND_SOCIAL_REINTEGRATION'`;
const TARGET_GROUPS = `'FAMILIES_AND_CHILDREN', 'PEOPLE_NEEDING_DAILY_SUPPORT_AND_SENIORS',
  'PEOPLE_WITH_DISABILITIES', 'PEOPLE_WITH_MENTAL_DISORDERS', 'PEOPLE_EXPERIENCING_HOMELESSNESS',
  'PEOPLE_WITH_ADDICTIONS', 'PEOPLE_AFFECTED_BY_VIOLENCE', 'FOSTER_CARE_CHILDREN_AND_LEAVERS',
  'UNEMPLOYED_AND_JOB_SEEKERS', 'PEOPLE_LEAVING_PRISON', 'REFUGEES_AND_MIGRANTS', 'CARERS'`;

export class Migration20261124000000_events extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table event (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        kind text not null check (kind in (${EVENT_KINDS})),
        title text not null check (title <> ''),
        summary text not null check (summary <> ''),
        description_markdown text not null default '',
        audiences text[] not null default '{}' check (audiences <@ array[${EVENT_AUDIENCES}]::text[]),
        target_groups text[] not null default '{}' check (target_groups <@ array[${TARGET_GROUPS}]::text[]),
        topics text[] not null default '{}' check (topics <@ array[${EVENT_TOPICS}]::text[]),
        service_areas text[] not null default '{}' check (service_areas <@ array[${SERVICE_AREAS}]::text[]),
        starts_at timestamptz not null,
        ends_at timestamptz not null,
        venue_name text,
        street_address text,
        postal_code text check (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
        city text,
        gmina_code varchar(7) references territorial_unit (code),
        latitude double precision check (latitude between -90 and 90),
        longitude double precision check (longitude between -180 and 180),
        online_url text check (online_url ~ '^https?://'),
        capacity integer check (capacity > 0),
        registration_opens_at timestamptz,
        registration_closes_at timestamptz,
        organizer_organization_id uuid references organization (id),
        organizer_name text,
        publication_state text not null default 'DRAFT'
          check (publication_state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        is_demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint event_dates check (starts_at < ends_at),
        constraint event_place check (gmina_code is not null or online_url is not null),
        constraint event_venue check ((gmina_code is null) = (city is null)),
        constraint event_coordinates check ((latitude is null) = (longitude is null)),
        constraint event_registration_window check (registration_opens_at is null
          or registration_closes_at is null or registration_opens_at < registration_closes_at),
        constraint event_organizer check (organizer_organization_id is not null or coalesce(organizer_name, '') <> '')
      )`);
    this.addSql(`create index event_calendar_idx on event (publication_state, starts_at)`);
    this.addSql(`create index event_gmina_idx on event (gmina_code)`);

    this.addSql(`
      create table event_document (
        event_id uuid not null references event (id) on delete cascade deferrable initially deferred,
        document_id uuid not null references document (id) on delete cascade,
        position integer not null default 0,
        primary key (event_id, document_id)
      )`);
    this.addSql(`
      create table event_good_practice (
        event_id uuid not null references event (id) on delete cascade deferrable initially deferred,
        good_practice_id uuid not null references good_practice (id) on delete cascade,
        position integer not null default 0,
        primary key (event_id, good_practice_id)
      )`);

    // Personal data until anonymized_at: name, e-mail and accessibility needs are then blanked; the
    // institution, its gmina and the role stay for reporting. sequence is the order of registration.
    this.addSql(`
      create table event_registration (
        id uuid primary key,
        event_id uuid not null references event (id) on delete cascade,
        sequence bigint generated always as identity,
        name text not null,
        email text not null,
        institution text not null,
        role text not null check (role in (${EVENT_AUDIENCES})),
        gmina_code varchar(7) references territorial_unit (code),
        accessibility_needs text[] not null default '{}'
          check (accessibility_needs <@ array[${ACCESSIBILITY_NEEDS}]::text[]),
        accessibility_note text not null default '',
        consent_version text not null,
        consent_text text not null check (consent_text <> ''),
        consented_at timestamptz not null,
        status text not null check (status in ('CONFIRMED', 'WAITING_LIST', 'CANCELLED')),
        registered_at timestamptz not null,
        promoted_at timestamptz,
        cancelled_at timestamptz,
        cancelled_by_user_id uuid references app_user (id),
        cancellation_token_hash char(64) unique,
        anonymized_at timestamptz,
        constraint event_registration_cancelled check ((status = 'CANCELLED') = (cancelled_at is not null)),
        constraint event_registration_anonymized check (anonymized_at is null
          or (name = '' and email = '' and cancellation_token_hash is null))
      )`);
    this.addSql(
      `create index event_registration_event_idx on event_registration (event_id, status, sequence)`,
    );
    // The last word against a double registration that slipped past the check.
    this.addSql(`
      create unique index event_registration_email_idx on event_registration (event_id, lower(email))
        where status <> 'CANCELLED' and anonymized_at is null`);
    this.addSql(
      `create index event_registration_anonymize_idx on event_registration (event_id) where anonymized_at is null`,
    );

    // Only for rate limiting anonymous registrations: a hash of the client address, kept for an hour.
    this.addSql(`
      create table registration_attempt (
        client_key text not null,
        created_at timestamptz not null
      )`);
    this.addSql(
      `create index registration_attempt_client_idx on registration_attempt (client_key, created_at)`,
    );
  }

  override async down(): Promise<void> {
    for (const table of [
      "registration_attempt",
      "event_registration",
      "event_good_practice",
      "event_document",
      "event",
    ]) {
      this.addSql(`drop table ${table}`);
    }
  }
}
