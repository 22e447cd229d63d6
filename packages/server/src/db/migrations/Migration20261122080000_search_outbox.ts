import { Migration } from "@mikro-orm/migrations";

export class Migration20261122080000_search_outbox extends Migration {
  override async up(): Promise<void> {
    // Written in the same transaction as the change it records; drained into Meilisearch.
    // entity_id is text: territorial units are keyed by their TERYT code, the rest by UUID.
    this.addSql(`
      create table search_outbox (
        id bigserial primary key,
        index_name text not null check (index_name <> ''),
        entity_id text not null check (entity_id <> ''),
        enqueued_at timestamptz not null default now(),
        attempts integer not null default 0 check (attempts >= 0),
        next_attempt_at timestamptz not null default now(),
        last_error text,
        processed_at timestamptz
      )`);
    this.addSql(`
      create index search_outbox_pending_idx on search_outbox (next_attempt_at, id)
      where processed_at is null`);
    this.addSql(`
      create index search_outbox_processed_idx on search_outbox (processed_at)
      where processed_at is not null`);
    // The settings each index was last built with; a change in code triggers a full rebuild.
    this.addSql(`
      create table search_index_state (
        index_name text primary key,
        settings_hash text not null,
        updated_at timestamptz not null default now()
      )`);
  }

  override async down(): Promise<void> {
    this.addSql("drop table search_index_state");
    this.addSql("drop table search_outbox");
  }
}
