import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import type { Database } from "./db.server";
import { SUBMIT_KEY_FIELD } from "./idempotency";

/**
 * Submit keys for forms that create something without a draft behind them (a message on a case).
 * Forms with a draft need none: the draft is the key (lockDraftForSubmit). The loader makes a
 * random key, the form carries it in a hidden field, and the action claims it in the same
 * transaction as the row it creates. When the database went away after the COMMIT but before the
 * answer reached the resident, their retry of the same form finds the key claimed and creates
 * nothing; when it went away before the COMMIT, the key was never stored and the retry sends.
 */
export function newSubmitKey(): string {
  return randomUUID();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The key the posted form carried; null for a form without one (rendered before keys existed). */
export function readSubmitKey(formData: FormData): string | null {
  const value = formData.get(SUBMIT_KEY_FIELD);
  return typeof value === "string" && UUID.test(value) ? value : null;
}

// A key only has to outlive the retries of one form.
const KEEP_DAYS = 7;

/**
 * Claims the key for this resident inside the caller's transaction. False: this very form was
 * handled before, so the caller must create nothing. A second POST running at the same moment
 * waits on the primary key until the first one commits (then false) or rolls back (then true).
 */
export async function claimSubmitKey(trx: Database, input: { residentId: string; key: string | null; purpose: string; caseId?: string | null }): Promise<boolean> {
  if (!input.key) return true;
  const claimed = await trx
    .insertInto("idempotency_keys")
    .values({ resident_id: input.residentId, key: input.key, purpose: input.purpose, case_id: input.caseId ?? null })
    .onConflict((oc) => oc.columns(["resident_id", "key"]).doNothing())
    .returning("key")
    .executeTakeFirst();
  if (claimed) {
    await trx
      .deleteFrom("idempotency_keys")
      .where("resident_id", "=", input.residentId)
      .where("created_at", "<", sql<Date>`now() - ${KEEP_DAYS} * interval '1 day'`)
      .execute();
  }
  return Boolean(claimed);
}
