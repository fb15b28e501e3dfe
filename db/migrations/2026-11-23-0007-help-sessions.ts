import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// Servicepunt help sessions: an employee fills in forms together with a resident. The
// resident stays the declarant; the session records who helped, where, after which ID check
// and with which consent, and every case made in it points back to it.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table help_sessions (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      staff_id uuid not null references staff(id),
      resident_id uuid not null references residents(id),
      location text not null,
      id_document_kind text not null check (id_document_kind in ('paspoort', 'identiteitskaart', 'rijbewijs', 'verblijfsdocument')),
      consent_given_at timestamptz not null,
      started_at timestamptz not null default now(),
      ended_at timestamptz,
      end_reason text check (end_reason in ('beeindigd', 'inactief', 'uitgelogd'))
    );
    create index help_sessions_resident_idx on help_sessions (resident_id, started_at desc);
    create index help_sessions_staff_idx on help_sessions (staff_id, started_at desc);

    alter table cases add column help_session_id uuid references help_sessions(id);
    alter table drafts add column help_session_id uuid references help_sessions(id);

    alter table help_sessions enable row level security;
    create policy help_sessions_own_municipality on help_sessions to meedoen_staff_scope
      using (municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table drafts drop column help_session_id;
    alter table cases drop column help_session_id;
    drop table help_sessions;
  `.execute(db);
}
