import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// Wijzigingen (inlichtingenplicht), the twice-yearly periodic check, and the reminders that
// start it. Tables that hold a municipality's data get row-level security like the case queue
// (0004): staff requests run as `meedoen_staff_scope` with `app.municipality_id` set.

const OWN_MUNICIPALITY = sql.raw(`municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- "Recht op vergissen": every version of a change report is kept, the first one too. The
    -- case's submission is the latest version; this table is the history both sides can read.
    create table change_report_versions (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      municipality_id uuid not null references municipalities(id),
      resident_id uuid not null references residents(id),
      version integer not null check (version >= 1),
      kind text not null check (kind in ('ingediend', 'gecorrigeerd', 'correctie_na_oppakken')),
      submission jsonb not null,
      actor_type text not null check (actor_type in ('resident', 'staff', 'system')),
      actor_id uuid,
      created_at timestamptz not null default now(),
      unique (case_id, version)
    );
    create trigger change_report_versions_no_update_or_delete
      before update or delete on change_report_versions
      for each row execute function audit_log_is_append_only();

    -- A file chosen while the report is still a draft. It goes with the draft (on delete
    -- cascade) and moves to documents when the report is sent.
    create table draft_uploads (
      id uuid primary key default gen_random_uuid(),
      draft_id uuid not null references drafts(id) on delete cascade,
      resident_id uuid not null references residents(id) on delete cascade,
      slot text not null,
      file_name text not null,
      content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null,
      sha256 text not null,
      content bytea not null,
      created_at timestamptz not null default now(),
      unique (draft_id, slot)
    );

    -- Who receives a benefit from which municipality. Only what the periodic check needs; the
    -- benefit administration itself lives elsewhere (Suite4, GWS4all, …).
    create table benefits (
      id uuid primary key default gen_random_uuid(),
      resident_id uuid not null references residents(id),
      municipality_id uuid not null references municipalities(id),
      kind text not null check (kind in ('participatiewet', 'ioaw', 'ioaz')),
      started_on date not null,
      ended_on date,
      created_at timestamptz not null default now(),
      check (ended_on is null or ended_on >= started_on)
    );
    create index benefits_open_idx on benefits (municipality_id, resident_id) where ended_on is null;
    create index benefits_resident_idx on benefits (resident_id);

    -- One round of the periodic check per municipality per opening date.
    create table check_rounds (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      opens_on date not null,
      closes_on date not null,
      final_reminder_on date not null,
      status text not null default 'opening' check (status in ('opening', 'open', 'closed')),
      invited_count integer not null default 0,
      opened_at timestamptz,
      final_reminders_at timestamptz,
      closed_at timestamptz,
      created_at timestamptz not null default now(),
      unique (municipality_id, opens_on),
      check (closes_on > opens_on)
    );

    -- Every resident invited to a round, and what became of it: the figures per round.
    create table check_invitations (
      round_id uuid not null references check_rounds(id),
      resident_id uuid not null references residents(id),
      municipality_id uuid not null references municipalities(id),
      invited_at timestamptz not null default now(),
      answered_at timestamptz,
      with_changes boolean,
      case_id uuid references cases(id),
      no_reply_case_id uuid references cases(id),
      primary key (round_id, resident_id)
    );
    create index check_invitations_resident_idx on check_invitations (resident_id, invited_at desc);

    -- What must be told to a resident. The unique key (resident, round, kind) is what makes
    -- a reminder go out at most once, however many app instances run the queue.
    create table notifications (
      id bigint generated always as identity primary key,
      municipality_id uuid not null references municipalities(id),
      resident_id uuid not null references residents(id),
      round_id uuid not null references check_rounds(id),
      kind text not null check (kind in ('check_opened', 'check_final_reminder')),
      status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed', 'skipped')),
      channel text check (channel in ('email', 'sms', 'post', 'none')),
      attempts integer not null default 0,
      send_after timestamptz not null default now(),
      claimed_at timestamptz,
      sent_at timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      unique (resident_id, round_id, kind)
    );
    create index notifications_pending_idx on notifications (send_after, id) where status = 'pending';
    create index notifications_round_idx on notifications (round_id, kind);

    -- The embedded default's mailbox and SMS provider: what would have been sent, for a
    -- developer to read (/dev/outbox). Never shown to staff.
    create table outbox_messages (
      id bigint generated always as identity primary key,
      notification_id bigint references notifications(id),
      channel text not null check (channel in ('email', 'sms')),
      recipient text not null,
      subject text,
      body text not null,
      created_at timestamptz not null default now()
    );

    -- A resident who chose post gets a letter: a task for staff to print and send it.
    create table letter_tasks (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      resident_id uuid not null references residents(id),
      notification_id bigint not null unique references notifications(id),
      language text not null,
      created_at timestamptz not null default now(),
      done_at timestamptz,
      done_by uuid references staff(id)
    );
    create index letter_tasks_open_idx on letter_tasks (municipality_id, created_at) where done_at is null;

    alter table change_report_versions enable row level security;
    create policy change_report_versions_own_municipality on change_report_versions to meedoen_staff_scope
      using (${OWN_MUNICIPALITY}) with check (${OWN_MUNICIPALITY});
    alter table benefits enable row level security;
    create policy benefits_own_municipality on benefits to meedoen_staff_scope using (${OWN_MUNICIPALITY});
    alter table check_rounds enable row level security;
    create policy check_rounds_own_municipality on check_rounds to meedoen_staff_scope
      using (${OWN_MUNICIPALITY}) with check (${OWN_MUNICIPALITY});
    alter table check_invitations enable row level security;
    create policy check_invitations_own_municipality on check_invitations to meedoen_staff_scope
      using (${OWN_MUNICIPALITY}) with check (${OWN_MUNICIPALITY});
    alter table notifications enable row level security;
    create policy notifications_own_municipality on notifications to meedoen_staff_scope using (${OWN_MUNICIPALITY});
    alter table letter_tasks enable row level security;
    create policy letter_tasks_own_municipality on letter_tasks to meedoen_staff_scope
      using (${OWN_MUNICIPALITY}) with check (${OWN_MUNICIPALITY});
    -- Staff never read drafts, their files, or the developer's outbox.
    alter table draft_uploads enable row level security;
    alter table outbox_messages enable row level security;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table letter_tasks;
    drop table outbox_messages;
    drop table notifications;
    drop table check_invitations;
    drop table check_rounds;
    drop table benefits;
    drop table draft_uploads;
    drop table change_report_versions;
  `.execute(db);
}
