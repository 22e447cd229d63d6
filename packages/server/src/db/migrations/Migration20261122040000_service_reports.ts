import { Migration } from "@mikro-orm/migrations";

export class Migration20261122040000_service_reports extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table service_report (
        id uuid primary key,
        service_id uuid not null references service (id) on delete cascade deferrable initially deferred,
        message text not null check (char_length(message) between 10 and 2000),
        contact text check (char_length(contact) <= 200),
        created_at timestamptz not null,
        resolved_at timestamptz,
        resolved_by_user_id uuid references app_user (id),
        resolution_note text not null default '',
        constraint service_report_resolution check ((resolved_at is null) = (resolved_by_user_id is null))
      )`);
    this.addSql(
      `create index service_report_open_idx on service_report (created_at) where resolved_at is null`,
    );
    this.addSql(`create index service_report_service_idx on service_report (service_id)`);

    // Only for rate limiting anonymous reports: a hash of the client address, kept for an hour.
    this.addSql(`
      create table report_attempt (
        client_key text not null,
        created_at timestamptz not null
      )`);
    this.addSql(`create index report_attempt_client_idx on report_attempt (client_key, created_at)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table report_attempt`);
    this.addSql(`drop table service_report`);
  }
}
