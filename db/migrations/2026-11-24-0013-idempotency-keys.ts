import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// The submit keys of forms that create a row without a draft behind them (a resident's message
// on a case). The form carries a random key made when it was rendered; the first POST with that
// key claims it in the same transaction as the row it creates, a repeat of the same POST (a retry
// after the answer was lost, a double tap) finds it claimed and creates nothing.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table idempotency_keys (
      resident_id uuid not null references residents (id) on delete cascade,
      key uuid not null,
      purpose text not null,
      case_id uuid references cases (id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (resident_id, key)
    );
    create index idempotency_keys_created_at_idx on idempotency_keys (created_at);
    -- Staff never need a resident's submit keys: no policy, so the staff scope sees none.
    alter table idempotency_keys enable row level security;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table idempotency_keys`.execute(db);
}
