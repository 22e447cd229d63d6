import { Migration } from "@mikro-orm/migrations";

export class Migration20261125000000_api_keys extends Migration {
  override async up(): Promise<void> {
    // Only the SHA-256 of a key is kept: a leaked table opens nothing.
    this.addSql(`
      create table api_key (
        id uuid primary key,
        key_hash char(64) not null unique,
        prefix text not null,
        name text not null,
        partner text not null,
        scopes text[] not null check (
          cardinality(scopes) > 0 and scopes <@ array['READ_PUBLIC', 'READ_DRAFTS', 'WRITE']::text[]
        ),
        created_by_user_id uuid not null references app_user (id),
        created_at timestamptz not null,
        expires_at timestamptz,
        last_used_at timestamptz,
        revoked_at timestamptz
      )`);
    this.addSql(`create index api_key_created_at_idx on api_key (created_at desc, id)`);
    // A write made with a key names the key; actor_user_id keeps naming the person behind it.
    this.addSql(`alter table audit_entry add column actor_api_key_id uuid references api_key (id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table audit_entry drop column actor_api_key_id`);
    this.addSql(`drop table api_key`);
  }
}
