import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// Bewaartermijnen: a closed bijstand file is kept 10 years (selectielijst), then it must go, its
// history too. The history tables refuse UPDATE and DELETE (0002, 0005), so they get a trigger
// function of their own that lets one thing through: a DELETE by the retention job, which sets
// `meedoen.retention` for its own transaction only (set_config(..., true)), of a row whose case
// is closed. Everything else is refused as before. The flag is a guard against mistakes, not
// against the table owner (who could drop the trigger anyway); the staff role has no DELETE
// right on these tables at all. The audit log keeps its own function and stays untouchable: its
// hash chain is the proof of what happened, deletions included.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function case_history_is_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE'
        and current_setting('meedoen.retention', true) = 'on'
        and exists (select 1 from cases where cases.id = old.case_id and cases.closed_at is not null) then
        return old;
      end if;
      raise exception '% is append-only', tg_table_name;
    end;
    $$;

    drop trigger case_events_no_update_or_delete on case_events;
    create trigger case_events_no_update_or_delete
      before update or delete on case_events
      for each row execute function case_history_is_append_only();

    drop trigger change_report_versions_no_update_or_delete on change_report_versions;
    create trigger change_report_versions_no_update_or_delete
      before update or delete on change_report_versions
      for each row execute function case_history_is_append_only();

    -- The job looks for closed cases by closing date across all municipalities.
    create index cases_closed_idx on cases (closed_at) where closed_at is not null;
    -- Deleting a case looks up its rows in these tables; without an index each is a full scan
    -- (case_events, documents, change_report_versions and notifications have one already).
    create index jobseeker_profiles_case_idx on jobseeker_profiles (case_id) where case_id is not null;
    create index feedback_case_idx on feedback (case_id) where case_id is not null;
    create index check_invitations_case_idx on check_invitations (case_id) where case_id is not null;
    create index check_invitations_no_reply_case_idx on check_invitations (no_reply_case_id) where no_reply_case_id is not null;
    create index outbox_messages_notification_idx on outbox_messages (notification_id) where notification_id is not null;
    create index drafts_updated_idx on drafts (updated_at);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index drafts_updated_idx;
    drop index outbox_messages_notification_idx;
    drop index check_invitations_no_reply_case_idx;
    drop index check_invitations_case_idx;
    drop index feedback_case_idx;
    drop index jobseeker_profiles_case_idx;
    drop index cases_closed_idx;
    drop trigger change_report_versions_no_update_or_delete on change_report_versions;
    create trigger change_report_versions_no_update_or_delete
      before update or delete on change_report_versions
      for each row execute function audit_log_is_append_only();
    drop trigger case_events_no_update_or_delete on case_events;
    create trigger case_events_no_update_or_delete
      before update or delete on case_events
      for each row execute function audit_log_is_append_only();
    drop function case_history_is_append_only();
  `.execute(db);
}
