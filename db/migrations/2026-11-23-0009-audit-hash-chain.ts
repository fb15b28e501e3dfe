import { type Kysely, sql } from "kysely";

// Frozen in time: never import from app/.
//
// The audit log becomes a hash chain: each entry stores the hash of the one before it and its
// own hash over its content, so changing or removing an entry breaks every hash after it
// (audit_log_verify() finds the first broken link). A trigger sets both under a lock, so
// concurrent writers line up in one chain; chain_seq is that order (ids are handed out before
// the lock, so they can be out of step). The trigger runs as the table's owner: the staff scope
// role, which only sees its own municipality's rows, still extends the one shared chain.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table audit_log add column chain_seq bigint, add column prev_hash text, add column hash text;

    -- The content that is hashed. Timestamps as UTC epoch microseconds and jsonb in its own
    -- normal form, so the text is the same whatever the session's settings.
    create function audit_log_entry_hash(prev_hash text, a audit_log) returns text
      language sql immutable as $$
        select encode(sha256(convert_to(concat_ws('|',
          prev_hash, a.chain_seq::text, (extract(epoch from a.occurred_at) * 1000000)::bigint::text,
          a.actor_type, coalesce(a.actor_id::text, ''), coalesce(a.municipality_id::text, ''), a.action,
          coalesce(a.subject_type, ''), coalesce(a.subject_id, ''), coalesce(a.reason, ''), a.details::text
        ), 'UTF8')), 'hex')
      $$;

    create function audit_log_chain() returns trigger
      language plpgsql security definer set search_path = public as $$
      declare
        last audit_log%rowtype;
      begin
        -- One writer at a time extends the chain; the lock ends with the transaction.
        perform pg_advisory_xact_lock(hashtext('meedoen.audit_log.chain'));
        select * into last from audit_log order by chain_seq desc nulls last limit 1;
        new.chain_seq := coalesce(last.chain_seq, 0) + 1;
        new.prev_hash := coalesce(last.hash, repeat('0', 64));
        new.hash := audit_log_entry_hash(new.prev_hash, new);
        return new;
      end;
    $$;

    -- Entries written before this migration join the chain in id order.
    alter table audit_log disable trigger audit_log_no_update_or_delete;
    do $$
      declare
        entry audit_log%rowtype;
        previous text := repeat('0', 64);
        seq bigint := 0;
      begin
        for entry in select * from audit_log order by id loop
          seq := seq + 1;
          entry.chain_seq := seq;
          entry.prev_hash := previous;
          entry.hash := audit_log_entry_hash(previous, entry);
          update audit_log set chain_seq = entry.chain_seq, prev_hash = entry.prev_hash, hash = entry.hash where id = entry.id;
          previous := entry.hash;
        end loop;
      end;
    $$;
    alter table audit_log enable trigger audit_log_no_update_or_delete;

    alter table audit_log alter column chain_seq set not null, alter column prev_hash set not null, alter column hash set not null;
    create unique index audit_log_chain_seq_idx on audit_log (chain_seq);
    create trigger audit_log_extend_chain before insert on audit_log for each row execute function audit_log_chain();

    -- The broken links, first ones first: an entry whose content no longer gives its hash, or
    -- that does not follow the entry before it (one changed, removed or put in between).
    create function audit_log_verify() returns table (chain_seq bigint, id bigint, problem text)
      language sql stable security definer set search_path = public as $$
        select c.chain_seq, c.id, case
            when c.hash is distinct from c.expected then 'content changed'
            when c.chain_seq <> coalesce(c.previous_seq, 0) + 1 then 'entry missing before this one'
            else 'does not follow the entry before it'
          end
        from (
          select a.chain_seq, a.id, a.hash, a.prev_hash, audit_log_entry_hash(a.prev_hash, a) as expected,
            lag(a.hash) over w as previous_hash, lag(a.chain_seq) over w as previous_seq
          from audit_log a window w as (order by a.chain_seq)
        ) c
        where c.hash is distinct from c.expected
          or c.chain_seq <> coalesce(c.previous_seq, 0) + 1
          or c.prev_hash <> coalesce(c.previous_hash, repeat('0', 64))
        order by c.chain_seq
        limit 100
      $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop function audit_log_verify;
    drop trigger audit_log_extend_chain on audit_log;
    drop function audit_log_chain;
    drop index audit_log_chain_seq_idx;
    drop function audit_log_entry_hash;
    alter table audit_log drop column chain_seq, drop column prev_hash, drop column hash;
  `.execute(db);
}
