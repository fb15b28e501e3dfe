import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// A klantmanager's question reaches the resident outside the portal too: an e-mail, a text
// message or a letter, through the same outbox as the check reminders. Such a notice is about
// a case, not a check round.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table notifications alter column round_id drop not null;
    alter table notifications add column case_id uuid references cases(id) on delete cascade;
    alter table notifications drop constraint notifications_kind_check;
    alter table notifications add constraint notifications_kind_check
      check (kind in ('check_opened', 'check_final_reminder', 'information_requested'));
    alter table notifications add constraint notifications_subject_check
      check ((kind = 'information_requested' and case_id is not null) or (kind <> 'information_requested' and round_id is not null));
    create index notifications_case_idx on notifications (case_id) where case_id is not null;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    delete from notifications where kind = 'information_requested';
    drop index notifications_case_idx;
    alter table notifications drop constraint notifications_subject_check;
    alter table notifications drop constraint notifications_kind_check;
    alter table notifications add constraint notifications_kind_check check (kind in ('check_opened', 'check_final_reminder'));
    alter table notifications drop column case_id;
    alter table notifications alter column round_id set not null;
  `.execute(db);
}
