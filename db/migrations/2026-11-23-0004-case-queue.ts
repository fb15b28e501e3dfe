import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// The klantmanager's queue: who works a case, when the clock pauses, the decision, and
// row-level security so that staff of one municipality cannot read another's cases even when
// a query forgets its `where`.
//
// How the isolation works: staff requests run in a transaction that sets
// `app.municipality_id` and switches to the role `meedoen_staff_scope` (SET LOCAL ROLE). That
// role is not the tables' owner, so the policies below apply to it; resident and system code
// keep the owner's role and are scoped by their own queries. Roles are cluster-wide, so the
// role is created once and reused by every database on the server (tests create many).
// The application's role needs CREATEROLE the first time (or a DBA creates the role and
// grants it to the application role beforehand).

const OPEN_STATUSES = sql.raw(`('ontvangen', 'in_behandeling', 'aanvulling_gevraagd')`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table staff drop constraint staff_role_check;
    alter table staff add constraint staff_role_check check (role in ('klantmanager', 'servicepunt', 'beheerder', 'teamleider'));

    alter table cases
      add column picked_up_at timestamptz,
      -- While the case waits on the resident the Awb clock stops; the deadline moves on by the
      -- days waited when the answer comes in.
      add column waiting_since date,
      add column decision jsonb,
      add column decided_at timestamptz,
      add column closed_at timestamptz;

    drop index cases_queue_idx;
    -- Keyset pagination over (deadline, id): one index per way the queue is usually read.
    create index cases_queue_open_idx on cases (municipality_id, deadline, id) where status in ${OPEN_STATUSES};
    create index cases_queue_status_idx on cases (municipality_id, status, deadline, id);
    create index cases_queue_assignee_idx on cases (municipality_id, assignee_id, deadline, id) where status in ${OPEN_STATUSES};
    create index cases_queue_all_idx on cases (municipality_id, deadline, id);
    create index cases_tags_idx on cases using gin (tags);
    create index cases_decided_idx on cases (municipality_id, decided_at) where decided_at is not null;
    create index cases_submitted_idx on cases (municipality_id, submitted_at);

    do $$
    begin
      create role meedoen_staff_scope nologin;
    exception when duplicate_object or unique_violation then
      null;
    end
    $$;
  `.execute(db);

  // A second app instance (or a parallel test database) may have granted it already.
  const member = await sql<{ member: boolean }>`select pg_has_role(current_user, 'meedoen_staff_scope', 'member') as member`.execute(db);
  if (!member.rows[0]?.member) await sql`grant meedoen_staff_scope to current_user`.execute(db);

  await sql`
    grant usage on schema public to meedoen_staff_scope;
    grant select, insert, update on all tables in schema public to meedoen_staff_scope;
    grant usage, select on all sequences in schema public to meedoen_staff_scope;
    alter default privileges in schema public grant select, insert, update on tables to meedoen_staff_scope;
    alter default privileges in schema public grant usage, select on sequences to meedoen_staff_scope;

    alter table cases enable row level security;
    create policy cases_own_municipality on cases to meedoen_staff_scope
      using (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid)
      with check (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);

    alter table residents enable row level security;
    create policy residents_own_municipality on residents to meedoen_staff_scope
      using (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);

    alter table staff enable row level security;
    create policy staff_own_municipality on staff to meedoen_staff_scope
      using (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);

    -- Rows that belong to a case or a resident follow them: the sub-select is itself filtered
    -- by the policies above.
    alter table case_events enable row level security;
    create policy case_events_of_visible_cases on case_events to meedoen_staff_scope
      using (exists (select 1 from cases where cases.id = case_events.case_id))
      with check (exists (select 1 from cases where cases.id = case_events.case_id));

    alter table documents enable row level security;
    create policy documents_of_visible_cases on documents to meedoen_staff_scope
      using (exists (select 1 from cases where cases.id = documents.case_id));

    alter table jobseeker_profiles enable row level security;
    create policy profiles_of_visible_residents on jobseeker_profiles to meedoen_staff_scope
      using (exists (select 1 from residents where residents.id = jobseeker_profiles.resident_id));

    alter table acknowledgements enable row level security;
    create policy acknowledgements_of_visible_residents on acknowledgements to meedoen_staff_scope
      using (exists (select 1 from residents where residents.id = acknowledgements.resident_id));

    alter table feedback enable row level security;
    create policy feedback_own_municipality on feedback to meedoen_staff_scope
      using (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);

    -- Staff never read drafts or sessions of residents.
    alter table drafts enable row level security;
    revoke all on sessions from meedoen_staff_scope;
    alter table audit_log enable row level security;
    create policy audit_log_insert_own on audit_log for insert to meedoen_staff_scope
      with check (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);
    create policy audit_log_read_own on audit_log for select to meedoen_staff_scope
      using (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop policy audit_log_read_own on audit_log;
    drop policy audit_log_insert_own on audit_log;
    alter table audit_log disable row level security;
    alter table drafts disable row level security;
    drop policy feedback_own_municipality on feedback;
    alter table feedback disable row level security;
    drop policy acknowledgements_of_visible_residents on acknowledgements;
    alter table acknowledgements disable row level security;
    drop policy profiles_of_visible_residents on jobseeker_profiles;
    alter table jobseeker_profiles disable row level security;
    drop policy documents_of_visible_cases on documents;
    alter table documents disable row level security;
    drop policy case_events_of_visible_cases on case_events;
    alter table case_events disable row level security;
    drop policy staff_own_municipality on staff;
    alter table staff disable row level security;
    drop policy residents_own_municipality on residents;
    alter table residents disable row level security;
    drop policy cases_own_municipality on cases;
    alter table cases disable row level security;
    drop index cases_submitted_idx;
    drop index cases_decided_idx;
    drop index cases_tags_idx;
    drop index cases_queue_all_idx;
    drop index cases_queue_assignee_idx;
    drop index cases_queue_status_idx;
    drop index cases_queue_open_idx;
    create index cases_queue_idx on cases (municipality_id, status, deadline);
    alter table cases drop column closed_at, drop column decided_at, drop column decision, drop column waiting_since, drop column picked_up_at;
    alter table staff drop constraint staff_role_check;
    alter table staff add constraint staff_role_check check (role in ('klantmanager', 'servicepunt', 'beheerder'));
  `.execute(db);
}
