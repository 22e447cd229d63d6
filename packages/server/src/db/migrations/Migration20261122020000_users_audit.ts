import { Migration } from "@mikro-orm/migrations";

export class Migration20261122020000_users_audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table app_user (
        id uuid primary key,
        email text not null,
        display_name text not null,
        password_hash text not null,
        role text not null check (role in ('ADMIN', 'EDITOR')),
        is_active boolean not null default true,
        created_at timestamptz not null default now(),
        last_login_at timestamptz
      )`);
    this.addSql(`create unique index app_user_email_idx on app_user (lower(email))`);

    this.addSql(`
      create table user_session (
        token_hash char(64) primary key,
        user_id uuid not null references app_user (id) on delete cascade,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null,
        last_seen_at timestamptz not null default now()
      )`);
    this.addSql(`create index user_session_user_idx on user_session (user_id)`);

    this.addSql(`
      create table login_throttle (
        key text primary key,
        failures integer not null default 0,
        blocked_until timestamptz,
        updated_at timestamptz not null default now()
      )`);

    this.addSql(`
      create table audit_entry (
        id bigint generated always as identity primary key,
        occurred_at timestamptz not null default now(),
        actor_user_id uuid references app_user (id),
        action text not null,
        entity_type text not null,
        entity_id text not null,
        before jsonb,
        after jsonb
      )`);
    this.addSql(`create index audit_entry_entity_idx on audit_entry (entity_type, entity_id, occurred_at)`);
    // The audit log is append-only, whatever code or API asks.
    this.addSql(`
      create function audit_entry_is_append_only() returns trigger language plpgsql as $$
      begin
        raise exception 'audit_entry is append-only';
      end $$`);
    this.addSql(`
      create trigger audit_entry_append_only before update or delete or truncate on audit_entry
      for each statement execute function audit_entry_is_append_only()`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table audit_entry`);
    this.addSql(`drop function audit_entry_is_append_only`);
    this.addSql(`drop table login_throttle`);
    this.addSql(`drop table user_session`);
    this.addSql(`drop table app_user`);
  }
}
