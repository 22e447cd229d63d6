import { Migration } from "@mikro-orm/migrations";

const LEGAL_FORMS = `'SOCIAL_COOPERATIVE', 'WORKERS_COOPERATIVE', 'DISABLED_PERSONS_COOPERATIVE',
  'BLIND_PERSONS_COOPERATIVE', 'FOUNDATION', 'ASSOCIATION', 'OTHER_NGO', 'CHURCH_LEGAL_PERSON',
  'NON_PROFIT_COMPANY', 'RURAL_HOUSEWIVES_CIRCLE', 'PUBLIC_BODY'`;
const PES_TYPES = `'PES', 'CIS', 'KIS', 'ZAZ', 'WTZ', 'ZPCHR', 'NOT_PES'`;

export class Migration20261122010000_registry extends Migration {
  override async up(): Promise<void> {
    // A gmina and its parts (RODZ 4/5, dzielnice, delegatury) share the first six digits, so the
    // "key" of a unit is its code cut to six digits; one unit lies in another when its key starts
    // with the other's key.
    this.addSql(`
      create function teryt_key(code text) returns text immutable parallel safe language sql
      as $$ select case when length(code) = 7 then left(code, 6) else code end $$`);
    this.addSql(`
      create function teryt_overlaps(a text, b text) returns boolean immutable parallel safe language sql
      as $$ select starts_with(teryt_key(a), teryt_key(b)) or starts_with(teryt_key(b), teryt_key(a)) $$`);
    this.addSql(`
      create table organization (
        id uuid primary key,
        slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
        name text not null check (name <> ''),
        short_name text,
        legal_form text not null check (legal_form in (${LEGAL_FORMS})),
        pes_type text not null check (pes_type in (${PES_TYPES})),
        nip char(10) unique,
        regon varchar(14) unique,
        krs char(10) unique,
        street_address text not null,
        postal_code char(6) not null check (postal_code ~ '^[0-9]{2}-[0-9]{3}$'),
        city text not null,
        seat_gmina_code varchar(7) not null references territorial_unit (code),
        latitude double precision check (latitude between -90 and 90),
        longitude double precision check (longitude between -180 and 180),
        email text,
        phone text,
        website text,
        description text not null default '',
        founding_body text,
        employee_count integer check (employee_count >= 0),
        employees_at_risk_count integer check (employees_at_risk_count >= 0),
        is_active boolean not null default true,
        last_verified_at date,
        last_verified_source text,
        publication_state text not null default 'DRAFT'
          check (publication_state in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
        is_demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        constraint organization_coordinates_together check ((latitude is null) = (longitude is null)),
        constraint organization_at_risk_within_employees
          check (employees_at_risk_count is null or employee_count is null
                 or employees_at_risk_count <= employee_count)
      )`);
    this.addSql(`create index organization_seat_gmina_idx on organization (seat_gmina_code)`);
    this.addSql(`create index organization_publication_idx on organization (publication_state, name)`);

    this.addSql(`
      create table organization_area (
        organization_id uuid not null references organization (id) on delete cascade deferrable initially deferred,
        territorial_unit_code varchar(7) not null references territorial_unit (code),
        primary key (organization_id, territorial_unit_code)
      )`);
    this.addSql(`create index organization_area_unit_idx on organization_area (territorial_unit_code)`);

    this.addSql(`
      create table offering (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade deferrable initially deferred,
        kind text not null check (kind in ('PRODUCT', 'SERVICE')),
        name text not null check (name <> ''),
        description text not null default '',
        cpv_codes text[] not null default '{}',
        position integer not null default 0
      )`);
    this.addSql(`create index offering_organization_idx on offering (organization_id, position)`);

    this.addSql(`
      create table social_enterprise_decision (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade deferrable initially deferred,
        decision text not null check (decision in ('GRANTED', 'WITHDRAWN')),
        decision_date date not null,
        decision_number text,
        voivodeship_code varchar(2) not null references territorial_unit (code),
        effective_from date not null,
        created_at timestamptz not null default now()
      )`);
    this.addSql(
      `create index social_enterprise_decision_org_idx on social_enterprise_decision (organization_id, effective_from)`,
    );

    this.addSql(`
      create table certificate (
        id uuid primary key,
        organization_id uuid not null references organization (id) on delete cascade deferrable initially deferred,
        type text not null check (type in ('ZAKUP_PROSPOLECZNY', 'ZNAK_JAKOSCI_ES')),
        number text not null check (number <> ''),
        granting_body text not null,
        decision_date date not null,
        valid_from date not null,
        valid_to date not null,
        revoked boolean not null default false,
        revoked_reason text,
        revoked_at timestamptz,
        renewal_of_id uuid references certificate (id),
        is_demo boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        unique (type, number),
        constraint certificate_valid_range check (valid_to >= valid_from),
        constraint certificate_revocation_reason check (not revoked or revoked_reason is not null)
      )`);
    this.addSql(`create index certificate_organization_idx on certificate (organization_id)`);
    this.addSql(`create index certificate_validity_idx on certificate (type, valid_to)`);

    this.addSql(`
      create table certified_offering (
        id uuid primary key,
        certificate_id uuid not null references certificate (id) on delete cascade deferrable initially deferred,
        name text not null check (name <> ''),
        description text not null default '',
        cpv_codes text[] not null default '{}',
        position integer not null default 0
      )`);
    this.addSql(
      `create index certified_offering_certificate_idx on certified_offering (certificate_id, position)`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop function teryt_overlaps`);
    this.addSql(`drop function teryt_key`);
    for (const table of [
      "certified_offering",
      "certificate",
      "social_enterprise_decision",
      "offering",
      "organization_area",
      "organization",
    ]) {
      this.addSql(`drop table ${table}`);
    }
  }
}
