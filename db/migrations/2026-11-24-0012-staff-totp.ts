import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// A second factor for staff whose identity provider did not ask for one: a TOTP secret per
// staff member, encrypted with a key of its own (AES-256-GCM, bound to the staff id), never in
// the clear. A row exists only once the employee confirmed the app with a right code (until
// then the secret lives in the login's session). `last_used_step` is the 30-second time step of
// the last accepted code, so a code seen over someone's shoulder cannot be used again.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table staff_totp (
      staff_id uuid primary key references staff(id) on delete cascade,
      secret_encrypted text not null,
      confirmed_at timestamptz not null default now(),
      last_used_step bigint not null
    );
    -- Work done in a municipality's scope (the staff role of migration 0004) never needs the
    -- secrets; the login itself runs as the application role.
    revoke all on staff_totp from meedoen_staff_scope;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table staff_totp`.execute(db);
}
