import { sql } from "kysely";
import type { Database } from "./db.server";
import type { Staff } from "./db-schema";

export type AuditActor = { type: "resident" | "staff"; id: string } | { type: "system"; id?: undefined };

/**
 * Append-only audit trail (the table refuses UPDATE and DELETE). Never put a BSN in
 * `details`: refer to people by their internal id.
 */
export async function recordAudit(
  db: Database,
  entry: {
    actor: AuditActor;
    action: string;
    municipalityId?: string | null;
    subject?: { type: string; id: string };
    reason?: string;
    details?: Record<string, unknown>;
  },
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      actor_type: entry.actor.type,
      actor_id: entry.actor.id ?? null,
      municipality_id: entry.municipalityId ?? null,
      action: entry.action,
      subject_type: entry.subject?.type ?? null,
      subject_id: entry.subject?.id ?? null,
      reason: entry.reason ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/**
 * Every time staff look at a resident's data, say who, what, when and why. Call it in the
 * same loader that reads the data, before returning it.
 */
export async function auditStaffRead(
  db: Database,
  staff: Pick<Staff, "id" | "municipality_id">,
  read: { residentId: string; what: string; why: string },
): Promise<void> {
  await recordAudit(db, {
    actor: { type: "staff", id: staff.id },
    action: "resident_data_viewed",
    municipalityId: staff.municipality_id,
    subject: { type: "resident", id: read.residentId },
    reason: read.why,
    details: { what: read.what },
  });
}

export type AuditChainReport = { entries: number; lastHash: string | null; broken: Array<{ chainSeq: string; id: string; problem: string }> };

/**
 * Checks the audit log's hash chain (migration 0009) from the first entry to the last: an entry
 * changed, removed or put in between shows up as a broken link. Removing the newest entries
 * leaves a shorter chain that is still whole, so the report gives the last hash to compare with
 * one kept elsewhere (for example in the daily backup log).
 */
export async function verifyAuditChain(db: Database): Promise<AuditChainReport> {
  const [broken, last] = await Promise.all([
    sql<{ chain_seq: string; id: string; problem: string }>`select chain_seq::text, id::text, problem from audit_log_verify()`.execute(db),
    sql<{ entries: string; hash: string | null }>`select count(*)::text as entries, (select hash from audit_log order by chain_seq desc limit 1) as hash from audit_log`.execute(db),
  ]);
  return {
    entries: Number(last.rows[0]?.entries ?? 0),
    lastHash: last.rows[0]?.hash ?? null,
    broken: broken.rows.map((row) => ({ chainSeq: row.chain_seq, id: row.id, problem: row.problem })),
  };
}
