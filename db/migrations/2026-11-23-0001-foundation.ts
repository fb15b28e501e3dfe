import { type Kysely, sql } from "kysely";

// Frozen in time: this file never imports from app/, so later code changes cannot alter
// what an already-run migration did.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table municipalities (
      id uuid primary key default gen_random_uuid(),
      slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
      name text not null,
      settings jsonb not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    create table residents (
      id uuid primary key default gen_random_uuid(),
      bsn_encrypted text not null,
      bsn_hash text not null unique,
      given_name text not null,
      family_name text not null,
      birth_date date,
      street_address text,
      postal_code text,
      locality text,
      municipality_id uuid references municipalities(id),
      email text,
      mobile text,
      reminder_channel text check (reminder_channel in ('email', 'sms', 'post')),
      preferred_language text check (preferred_language in ('nl', 'en', 'ar', 'tr', 'pl', 'uk')),
      last_login_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index residents_municipality_idx on residents (municipality_id);

    create table staff (
      id uuid primary key default gen_random_uuid(),
      subject text not null unique,
      name text not null,
      email text,
      role text not null check (role in ('klantmanager', 'servicepunt', 'beheerder')),
      municipality_id uuid not null references municipalities(id),
      last_login_at timestamptz,
      created_at timestamptz not null default now()
    );

    create table sessions (
      id text primary key,
      data jsonb not null,
      resident_id uuid references residents(id) on delete cascade,
      staff_id uuid references staff(id) on delete cascade,
      expires_at timestamptz not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index sessions_resident_idx on sessions (resident_id);
    create index sessions_staff_idx on sessions (staff_id);
    create index sessions_expires_idx on sessions (expires_at);

    create table audit_log (
      id bigint generated always as identity primary key,
      occurred_at timestamptz not null default now(),
      actor_type text not null check (actor_type in ('resident', 'staff', 'system')),
      actor_id uuid,
      municipality_id uuid references municipalities(id),
      action text not null,
      subject_type text,
      subject_id text,
      reason text,
      details jsonb not null default '{}'
    );
    create index audit_log_subject_idx on audit_log (subject_type, subject_id);

    -- Append-only: the application role may add entries, never change or remove them.
    create function audit_log_is_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end;
    $$;
    create trigger audit_log_no_update_or_delete
      before update or delete on audit_log
      for each row execute function audit_log_is_append_only();
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table audit_log;
    drop function audit_log_is_append_only;
    drop table sessions;
    drop table staff;
    drop table residents;
    drop table municipalities;
  `.execute(db);
}
