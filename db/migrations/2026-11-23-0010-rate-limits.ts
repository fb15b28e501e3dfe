import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// Counters for rate limits (login, submit, upload), shared by every app instance. The shape is
// the one rate-limiter-flexible's PostgreSQL store uses; keys hold hashes, never an address or
// a session id in the clear.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_limits (
      key varchar(255) primary key,
      points integer not null default 0,
      expire bigint
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rate_limits`.execute(db);
}
