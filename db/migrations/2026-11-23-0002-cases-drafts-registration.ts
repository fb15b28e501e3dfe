import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
// Cases follow the ZGW idea of a zaak (type, status, deadline, initiator, behandelaar, an
// append-only event history), so a later export to a Zaken API maps one to one.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create sequence case_reference_seq;

    create table cases (
      id uuid primary key default gen_random_uuid(),
      reference text not null unique,
      municipality_id uuid not null references municipalities(id),
      resident_id uuid not null references residents(id),
      type text not null check (type in ('registratie_werkzoekende', 'wijziging', 'periodieke_check', 'uitstroompremie')),
      status text not null default 'ontvangen' check (status in ('ontvangen', 'in_behandeling', 'aanvulling_gevraagd', 'toegekend', 'afgewezen', 'afgehandeld')),
      deadline date not null,
      tags text[] not null default '{}',
      submission jsonb not null,
      form_version text not null,
      language text not null,
      assignee_id uuid references staff(id),
      submitted_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index cases_queue_idx on cases (municipality_id, status, deadline);
    create index cases_resident_idx on cases (resident_id, submitted_at desc);

    create table case_events (
      id bigint generated always as identity primary key,
      case_id uuid not null references cases(id),
      occurred_at timestamptz not null default now(),
      type text not null,
      actor_type text not null check (actor_type in ('resident', 'staff', 'system')),
      actor_id uuid,
      visible_to_resident boolean not null default true,
      data jsonb not null default '{}'
    );
    create index case_events_case_idx on case_events (case_id, occurred_at);
    create trigger case_events_no_update_or_delete
      before update or delete on case_events
      for each row execute function audit_log_is_append_only();

    -- One draft per resident per form; answers per step, so nothing typed is lost.
    create table drafts (
      id uuid primary key default gen_random_uuid(),
      resident_id uuid not null references residents(id) on delete cascade,
      form_type text not null,
      form_version text not null,
      answers jsonb not null default '{}',
      last_step text,
      expires_at timestamptz not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (resident_id, form_type)
    );
    create index drafts_expires_idx on drafts (expires_at);

    -- The werkzoekende profile: every update is a new version, history kept.
    create table jobseeker_profiles (
      id uuid primary key default gen_random_uuid(),
      resident_id uuid not null references residents(id),
      version integer not null,
      profile jsonb not null,
      form_version text not null,
      case_id uuid references cases(id),
      created_at timestamptz not null default now(),
      unique (resident_id, version)
    );

    create table occupations (
      code text primary key,
      isco text not null,
      names jsonb not null,
      synonyms text[] not null default '{}',
      search_text text not null
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table occupations;
    drop table jobseeker_profiles;
    drop table drafts;
    drop table case_events;
    drop table cases;
    drop sequence case_reference_seq;
  `.execute(db);
}
