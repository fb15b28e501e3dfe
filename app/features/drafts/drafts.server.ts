import { sql } from "kysely";
import type { Database } from "~/lib/db.server";

/**
 * Server-side drafts for multi-step forms: one per resident per form, answers kept per step
 * exactly as typed (also when not yet valid), so a closed tab, a dead battery or an expired
 * session never loses anything. A draft expires `retentionDays` after its last change:
 * unsent answers are personal data and are not kept longer than needed.
 */
export type Draft = {
  answers: Record<string, unknown>;
  lastStep: string | null;
  expiresAt: Date;
  formVersion: string;
};

export async function getDraft(db: Database, residentId: string, formType: string): Promise<Draft | null> {
  const row = await db
    .selectFrom("drafts")
    .select(["answers", "last_step", "expires_at", "form_version"])
    .where("resident_id", "=", residentId)
    .where("form_type", "=", formType)
    .executeTakeFirst();
  if (!row) return null;
  if (row.expires_at < new Date()) {
    await deleteDraft(db, residentId, formType);
    return null;
  }
  return { answers: row.answers, lastStep: row.last_step, expiresAt: row.expires_at, formVersion: row.form_version };
}

export async function saveDraftStep(
  db: Database,
  // helpSessionId: the draft was last saved in a Servicepunt help session (null: by the resident).
  input: { residentId: string; formType: string; formVersion: string; step: string; values: unknown; retentionDays: number; helpSessionId?: string | null },
): Promise<Date> {
  const expiresAt = new Date(Date.now() + input.retentionDays * 24 * 60 * 60 * 1000);
  const stepAnswers = JSON.stringify({ [input.step]: input.values ?? {} });
  await db
    .insertInto("drafts")
    .values({
      resident_id: input.residentId,
      form_type: input.formType,
      form_version: input.formVersion,
      answers: stepAnswers,
      last_step: input.step,
      expires_at: expiresAt,
      help_session_id: input.helpSessionId ?? null,
    })
    .onConflict((oc) =>
      oc.columns(["resident_id", "form_type"]).doUpdateSet({
        // Merge this step into the other steps' answers.
        answers: sql`drafts.answers || ${stepAnswers}::jsonb`,
        last_step: input.step,
        expires_at: expiresAt,
        help_session_id: input.helpSessionId ?? null,
        updated_at: new Date(),
      }),
    )
    .execute();
  return expiresAt;
}

/** Replaces the whole answer set (used to start an update from an existing profile). */
export async function startDraft(
  db: Database,
  input: { residentId: string; formType: string; formVersion: string; answers: Record<string, unknown>; retentionDays: number },
): Promise<void> {
  const expiresAt = new Date(Date.now() + input.retentionDays * 24 * 60 * 60 * 1000);
  const answers = JSON.stringify(input.answers);
  await db
    .insertInto("drafts")
    .values({ resident_id: input.residentId, form_type: input.formType, form_version: input.formVersion, answers, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(["resident_id", "form_type"]).doUpdateSet({ answers, last_step: null, expires_at: expiresAt, updated_at: new Date() }))
    .execute();
}

export async function deleteDraft(db: Database, residentId: string, formType: string): Promise<void> {
  await db.deleteFrom("drafts").where("resident_id", "=", residentId).where("form_type", "=", formType).execute();
}

/**
 * The draft a submit is about to turn into a case, locked until the transaction ends. A second
 * submit of the same form (two taps, two tabs, a retry on a slow line) waits here and then finds
 * no draft: so every form makes exactly one case. Call it inside the submit's transaction.
 */
export async function lockDraftForSubmit(trx: Database, residentId: string, formType: string) {
  return trx
    .selectFrom("drafts")
    .select(["id", "answers", "last_step", "expires_at", "form_version"])
    .where("resident_id", "=", residentId)
    .where("form_type", "=", formType)
    .forUpdate()
    .executeTakeFirst();
}
