import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Files residents (and later staff) add to a case: kept in PostgreSQL so every app instance
    -- serves them; the content type is what the bytes are, not what the name says.
    create table documents (
      id uuid primary key default gen_random_uuid(),
      case_id uuid not null references cases(id),
      resident_id uuid not null references residents(id),
      uploaded_by_type text not null check (uploaded_by_type in ('resident', 'staff')),
      uploaded_by_id uuid,
      file_name text not null,
      content_type text not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
      size_bytes integer not null,
      sha256 text not null,
      content bytea not null,
      created_at timestamptz not null default now()
    );
    create index documents_case_idx on documents (case_id);

    -- "Ik heb dit gelezen": which version of which text, in which language, when.
    create table acknowledgements (
      id bigint generated always as identity primary key,
      resident_id uuid not null references residents(id),
      municipality_id uuid references municipalities(id),
      text_key text not null,
      text_version text not null,
      language text not null,
      acknowledged_at timestamptz not null default now()
    );
    create index acknowledgements_resident_idx on acknowledgements (resident_id, text_key, acknowledged_at desc);

    -- "Hoe ging het?" after a submission: feeds the municipality's figures.
    create table feedback (
      id bigint generated always as identity primary key,
      municipality_id uuid references municipalities(id),
      case_id uuid references cases(id),
      answer text not null check (answer in ('makkelijk', 'moeilijk', 'hulp_nodig')),
      comment text,
      created_at timestamptz not null default now()
    );
    create index feedback_municipality_idx on feedback (municipality_id, created_at);
    alter table cases add column feedback_given boolean not null default false;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table cases drop column feedback_given;
    drop table feedback;
    drop table acknowledgements;
    drop table documents;
  `.execute(db);
}
