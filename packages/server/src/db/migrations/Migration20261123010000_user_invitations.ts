import { Migration } from "@mikro-orm/migrations";

export class Migration20261123010000_user_invitations extends Migration {
  override async up(): Promise<void> {
    // Only the SHA-256 of the one-time token is kept: a leaked table opens no account.
    this.addSql(`
      create table user_invitation (
        id uuid primary key,
        token_hash char(64) not null unique,
        email text not null,
        display_name text not null,
        role text not null check (role in ('ADMIN', 'EDITOR', 'ORGANIZATION_REP')),
        organization_id uuid references organization (id) on delete cascade,
        invited_by_user_id uuid not null references app_user (id),
        created_at timestamptz not null,
        expires_at timestamptz not null,
        accepted_at timestamptz,
        accepted_user_id uuid references app_user (id),
        constraint user_invitation_organization check ((role = 'ORGANIZATION_REP') = (organization_id is not null)),
        constraint user_invitation_acceptance check ((accepted_at is null) = (accepted_user_id is null))
      )`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table user_invitation`);
  }
}
