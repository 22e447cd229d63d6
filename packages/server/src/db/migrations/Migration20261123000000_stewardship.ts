import { Migration } from "@mikro-orm/migrations";

export class Migration20261123000000_stewardship extends Migration {
  override async up(): Promise<void> {
    // A representative speaks for exactly one organization; staff for none.
    this.addSql(`alter table app_user drop constraint app_user_role_check`);
    this.addSql(`
      alter table app_user
        add constraint app_user_role_check check (role in ('ADMIN', 'EDITOR', 'ORGANIZATION_REP')),
        add column organization_id uuid references organization (id),
        add constraint app_user_organization check ((role = 'ORGANIZATION_REP') = (organization_id is not null))`);
    this.addSql(`create index app_user_organization_idx on app_user (organization_id)`);

    this.addSql(`
      create table change_proposal (
        id uuid primary key,
        target_type text not null check (target_type in ('ORGANIZATION', 'SERVICE')),
        target_id uuid,
        is_new_record boolean not null,
        organization_id uuid not null references organization (id) on delete cascade,
        proposed_values jsonb not null,
        status text not null default 'PENDING' check (status in ('PENDING', 'ACCEPTED', 'REJECTED')),
        author_user_id uuid not null references app_user (id),
        reviewer_user_id uuid references app_user (id),
        review_message text,
        created_at timestamptz not null,
        reviewed_at timestamptz,
        constraint change_proposal_target check (is_new_record or target_id is not null),
        constraint change_proposal_new_service check (not is_new_record or target_type = 'SERVICE'),
        constraint change_proposal_review check (
          (status = 'PENDING') = (reviewed_at is null) and (reviewed_at is null) = (reviewer_user_id is null))
      )`);
    this.addSql(`create index change_proposal_status_idx on change_proposal (status, created_at)`);
    this.addSql(
      `create index change_proposal_organization_idx on change_proposal (organization_id, created_at)`,
    );
    this.addSql(`create index audit_entry_actor_idx on audit_entry (actor_user_id, id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index audit_entry_actor_idx`);
    this.addSql(`drop table change_proposal`);
    // Fails while representatives exist: turning them into staff or deleting them is a decision, not a migration.
    this.addSql(`alter table app_user drop constraint app_user_organization, drop column organization_id`);
    this.addSql(`alter table app_user drop constraint app_user_role_check`);
    this.addSql(
      `alter table app_user add constraint app_user_role_check check (role in ('ADMIN', 'EDITOR'))`,
    );
  }
}
