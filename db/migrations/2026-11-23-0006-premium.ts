import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// The uitstroompremie: each municipality's rules as versioned data, and the evidence a resident
// uploads while the application is still a draft.

const OWN_MUNICIPALITY = sql.raw(`municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid`);

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- A beheerder never edits a rule set: saving makes a new version, so a case can always show
    -- the rules it was checked against. created_by is null for the seeded version 1.
    create table premium_rule_sets (
      id uuid primary key default gen_random_uuid(),
      municipality_id uuid not null references municipalities(id),
      version integer not null check (version >= 1),
      rules jsonb not null,
      created_by uuid references staff(id),
      created_at timestamptz not null default now(),
      unique (municipality_id, version)
    );
    create function premium_rule_sets_are_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'premium_rule_sets is append-only: save a new version instead';
    end;
    $$;
    create trigger premium_rule_sets_no_update_or_delete
      before update or delete on premium_rule_sets
      for each row execute function premium_rule_sets_are_append_only();

    alter table premium_rule_sets enable row level security;
    create policy premium_rule_sets_own_municipality on premium_rule_sets to meedoen_staff_scope
      using (${OWN_MUNICIPALITY})
      with check (${OWN_MUNICIPALITY});

    -- Files added to an application that is not sent yet. They belong to the draft and go with it
    -- (sent, expired or thrown away); on sending they are copied to the case's documents.
    create table premium_draft_files (
      id uuid primary key default gen_random_uuid(),
      -- The order the resident added them in (several files can share a timestamp).
      position bigint generated always as identity,
      draft_id uuid not null references drafts(id) on delete cascade,
      resident_id uuid not null references residents(id) on delete cascade,
      evidence_key text not null,
      file_name text not null,
      content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null,
      sha256 text not null,
      content bytea not null,
      created_at timestamptz not null default now()
    );
    create index premium_draft_files_draft_idx on premium_draft_files (draft_id, position);
    -- Staff never read drafts, so no policy: the staff role sees no rows at all.
    alter table premium_draft_files enable row level security;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table premium_draft_files;
    drop policy premium_rule_sets_own_municipality on premium_rule_sets;
    drop table premium_rule_sets;
    drop function premium_rule_sets_are_append_only();
  `.execute(db);
}
