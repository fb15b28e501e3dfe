import { sql } from "kysely";
import { recordAudit } from "~/lib/audit.server";
import type { Database } from "~/lib/db.server";
import { logger } from "~/lib/logger.server";

/**
 * Bewaartermijnen. Unsent data (drafts with their files, expired sessions) is personal data
 * nobody asked the municipality to keep, so it goes soon; a closed bijstand file is kept the
 * selectielijst's 10 years after closing, then it goes with everything that belongs to it.
 *
 * Runs as system work, outside the staff scope (municipality-scope.server.ts): the job is the
 * same for every municipality and row-level security only limits the staff role. Deleting
 * happens in small batches, each its own short transaction, so a first run over years of data
 * never holds locks that make residents or staff wait. Files live in the database (bytea), so
 * deleting the rows deletes the files; PostgreSQL's autovacuum gives the space back.
 */
const DAY_MS = 24 * 60 * 60 * 1000;
const ROW_BATCH = 500;
// A case takes its documents (up to MAX_UPLOAD_BYTES each) along, so fewer per transaction.
const CASE_BATCH = 50;

export type RetentionPolicy = { draftDays: number; closedCaseYears: number };

export type ClosedCaseCounts = {
  cases: number;
  events: number;
  documents: number;
  changeVersions: number;
  notifications: number;
  outboxMessages: number;
  letterTasks: number;
  profileVersions: number;
  feedbackDetached: number;
  invitationsDetached: number;
};

export type RetentionCounts = { drafts: number; draftFiles: number; sessions: number } & ClosedCaseCounts;

/**
 * Drafts past their own expiry (the municipality's `draftRetentionDays` from the last change),
 * and, whatever that says, any draft untouched for `days`. Their files go with them.
 */
export async function deleteExpiredDrafts(db: Database, now: Date, days: number, batchSize = ROW_BATCH): Promise<{ drafts: number; files: number }> {
  const untouchedSince = new Date(now.getTime() - days * DAY_MS);
  const totals = { drafts: 0, files: 0 };
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      // Locked rows are being saved by their resident right now: not expired, skip them.
      const rows = await trx
        .selectFrom("drafts")
        .select("id")
        .where((eb) => eb.or([eb("expires_at", "<=", now), eb("updated_at", "<", untouchedSince)]))
        .limit(batchSize)
        .forUpdate()
        .skipLocked()
        .execute();
      const ids = rows.map((row) => row.id);
      if (ids.length === 0) return { found: 0, files: 0 };
      // Explicitly (the foreign keys would cascade) so the run can say how many files went.
      const uploads = await trx.deleteFrom("draft_uploads").where("draft_id", "in", ids).executeTakeFirst();
      const evidence = await trx.deleteFrom("premium_draft_files").where("draft_id", "in", ids).executeTakeFirst();
      await trx.deleteFrom("drafts").where("id", "in", ids).execute();
      return { found: ids.length, files: deleted(uploads) + deleted(evidence) };
    });
    totals.drafts += batch.found;
    totals.files += batch.files;
    if (batch.found < batchSize) return totals;
  }
}

/** Sessions past their expiry; one can hold form fields stashed at a timeout (pending-form.server.ts). */
export async function deleteExpiredSessions(db: Database, now: Date, batchSize = ROW_BATCH): Promise<number> {
  let total = 0;
  for (;;) {
    const result = await db
      .deleteFrom("sessions")
      .where("id", "in", (eb) => eb.selectFrom("sessions").select("id").where("expires_at", "<=", now).limit(batchSize))
      .where("expires_at", "<=", now)
      .executeTakeFirst();
    const count = deleted(result);
    total += count;
    if (count < batchSize) return total;
  }
}

/** The moment before which a case must have been closed to be deleted now: `years` calendar years back. */
export function closedCaseCutoff(now: Date, years: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCFullYear(cutoff.getUTCFullYear() - years);
  return cutoff;
}

/**
 * Cases closed more than `years` ago, with every row that belongs to them. Figures that do not
 * identify the case stay: a check-round invitation and a "hoe ging het?" answer lose their link
 * to the case (and the answer its free-text comment). A resident's current werkzoekende profile
 * stays too, unlinked; only older profile versions made by the case go. Open cases are never
 * touched, however old. The audit log keeps its entries about these cases: it is the proof.
 */
export async function deleteExpiredClosedCases(db: Database, now: Date, years: number, batchSize = CASE_BATCH): Promise<ClosedCaseCounts & { byMunicipality: Record<string, number> }> {
  const cutoff = closedCaseCutoff(now, years);
  const totals = emptyCaseCounts();
  const byMunicipality: Record<string, number> = {};
  for (;;) {
    const batch = await db.transaction().execute(async (trx) => {
      // Lets the append-only triggers of the case history accept these deletes, for this transaction only (migration 0011).
      await sql`select set_config('meedoen.retention', 'on', true)`.execute(trx);
      const cases = await trx.selectFrom("cases").select(["id", "municipality_id"]).where("closed_at", "<", cutoff).orderBy("closed_at").limit(batchSize).forUpdate().skipLocked().execute();
      const counts = emptyCaseCounts();
      if (cases.length === 0) return { cases, counts };
      const ids = cases.map((c) => c.id);
      const noticesOfCases = trx.selectFrom("notifications").select("id").where("case_id", "in", ids);

      counts.outboxMessages = deleted(await trx.deleteFrom("outbox_messages").where("notification_id", "in", noticesOfCases).executeTakeFirst());
      counts.letterTasks = deleted(await trx.deleteFrom("letter_tasks").where("notification_id", "in", noticesOfCases).executeTakeFirst());
      counts.notifications = deleted(await trx.deleteFrom("notifications").where("case_id", "in", ids).executeTakeFirst());
      counts.invitationsDetached =
        updated(await trx.updateTable("check_invitations").set({ case_id: null }).where("case_id", "in", ids).executeTakeFirst()) +
        updated(await trx.updateTable("check_invitations").set({ no_reply_case_id: null }).where("no_reply_case_id", "in", ids).executeTakeFirst());
      counts.feedbackDetached = updated(await trx.updateTable("feedback").set({ case_id: null, comment: null }).where("case_id", "in", ids).executeTakeFirst());
      counts.profileVersions = deleted(
        await trx
          .deleteFrom("jobseeker_profiles as p")
          .where("p.case_id", "in", ids)
          .where(({ exists, selectFrom }) => exists(selectFrom("jobseeker_profiles as newer").select("newer.id").whereRef("newer.resident_id", "=", "p.resident_id").whereRef("newer.version", ">", "p.version")))
          .executeTakeFirst(),
      );
      await trx.updateTable("jobseeker_profiles").set({ case_id: null }).where("case_id", "in", ids).execute();
      counts.events = deleted(await trx.deleteFrom("case_events").where("case_id", "in", ids).executeTakeFirst());
      counts.changeVersions = deleted(await trx.deleteFrom("change_report_versions").where("case_id", "in", ids).executeTakeFirst());
      counts.documents = deleted(await trx.deleteFrom("documents").where("case_id", "in", ids).executeTakeFirst());
      counts.cases = deleted(await trx.deleteFrom("cases").where("id", "in", ids).executeTakeFirst());
      return { cases, counts };
    });
    // Added up only once the batch's transaction has committed.
    for (const key of Object.keys(totals) as Array<keyof ClosedCaseCounts>) totals[key] += batch.counts[key];
    for (const c of batch.cases) byMunicipality[c.municipality_id] = (byMunicipality[c.municipality_id] ?? 0) + 1;
    if (batch.cases.length < batchSize) return { ...totals, byMunicipality };
  }
}

function emptyCaseCounts(): ClosedCaseCounts {
  return { cases: 0, events: 0, documents: 0, changeVersions: 0, notifications: 0, outboxMessages: 0, letterTasks: 0, profileVersions: 0, feedbackDetached: 0, invitationsDetached: 0 };
}
const deleted = (result: { numDeletedRows: bigint }) => Number(result.numDeletedRows);
const updated = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows);

/**
 * One run of the daily job: everything past its term goes, and the run leaves one audit entry
 * and one log line with the counts (no ids, no names: the counts say enough to account for it).
 */
export async function runRetention(db: Database, policy: RetentionPolicy, now = new Date()): Promise<RetentionCounts> {
  const drafts = await deleteExpiredDrafts(db, now, policy.draftDays);
  const sessions = await deleteExpiredSessions(db, now);
  const { byMunicipality, ...closed } = await deleteExpiredClosedCases(db, now, policy.closedCaseYears);
  const counts: RetentionCounts = { drafts: drafts.drafts, draftFiles: drafts.files, sessions, ...closed };
  await recordAudit(db, {
    actor: { type: "system" },
    action: "retention_run",
    details: { ...counts, casesByMunicipality: byMunicipality, policy, closedBefore: closedCaseCutoff(now, policy.closedCaseYears).toISOString() },
  });
  logger.info({ ...counts, policy }, "retention run");
  return counts;
}
