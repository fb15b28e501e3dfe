import { sql } from "kysely";
import type { Database } from "~/lib/db.server";
import type { CaseStatus, CaseType } from "~/lib/db-schema";
import { claimSubmitKey } from "~/lib/idempotency.server";
import type { Upload } from "~/lib/uploads.server";

/**
 * A resident's own cases, as they may see them. Every query is scoped by the resident's id,
 * so a guessed case or document id of someone else finds nothing (and the page answers 404).
 * Internal notes (events not visible to residents) never leave this module.
 */
export type ResidentCaseSummary = { id: string; reference: string; type: CaseType; status: CaseStatus; submittedAt: Date; deadline: string };

export async function listResidentCases(db: Database, residentId: string): Promise<ResidentCaseSummary[]> {
  const rows = await db
    .selectFrom("cases")
    .select(["id", "reference", "type", "status", "submitted_at", "deadline"])
    .where("resident_id", "=", residentId)
    .orderBy("submitted_at", "desc")
    .limit(50)
    .execute();
  return rows.map((r) => ({ id: r.id, reference: r.reference, type: r.type, status: r.status, submittedAt: r.submitted_at, deadline: r.deadline }));
}

/** Cases waiting for the resident: a question from their klantmanager to answer. */
export async function listOpenInformationRequests(db: Database, residentId: string) {
  return db
    .selectFrom("cases")
    .innerJoin("case_events", "case_events.case_id", "cases.id")
    .select(["cases.id", "cases.reference", "cases.type", "case_events.data", "case_events.occurred_at"])
    .where("cases.resident_id", "=", residentId)
    .where("cases.status", "=", "aanvulling_gevraagd")
    .where("case_events.type", "=", "aanvulling_gevraagd")
    .orderBy("case_events.occurred_at", "desc")
    .execute()
    .then((rows) => {
      const latestPerCase = new Map<string, (typeof rows)[number]>();
      for (const row of rows) if (!latestPerCase.has(row.id)) latestPerCase.set(row.id, row);
      return [...latestPerCase.values()];
    });
}

export async function getResidentCaseDetail(db: Database, residentId: string, caseId: string) {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(caseId)) return null;
  const found = await db.selectFrom("cases").selectAll().where("id", "=", caseId).where("resident_id", "=", residentId).executeTakeFirst();
  if (!found) return null;
  const [events, documents] = await Promise.all([
    db
      .selectFrom("case_events")
      .select(["id", "type", "actor_type", "occurred_at", "data"])
      .where("case_id", "=", caseId)
      .where("visible_to_resident", "=", true)
      .orderBy("occurred_at")
      .orderBy("id")
      .execute(),
    db
      .selectFrom("documents")
      .select(["id", "file_name", "content_type", "size_bytes", "created_at", "uploaded_by_type"])
      .where("case_id", "=", caseId)
      .where("resident_id", "=", residentId)
      .orderBy("created_at")
      .execute(),
  ]);
  return { case: found, events, documents };
}

export async function getResidentDocument(db: Database, residentId: string, caseId: string, documentId: string) {
  if (![caseId, documentId].every((id) => /^[0-9a-f-]{36}$/.test(id))) return null;
  return (
    (await db
      .selectFrom("documents")
      .select(["file_name", "content_type", "content"])
      .where("id", "=", documentId)
      .where("case_id", "=", caseId)
      .where("resident_id", "=", residentId)
      .executeTakeFirst()) ?? null
  );
}

/**
 * A message from the resident about their case, with an optional file. When the case waits
 * for the resident, the message is their answer: the case goes back to the klantmanager
 * ("in behandeling") and the deadline clock runs again.
 */
export async function addResidentMessage(
  db: Database,
  input: { residentId: string; caseId: string; text: string; upload: Upload | null; actor: { type: "resident"; id: string; helpSessionId?: string | null }; submitKey?: string | null },
): Promise<{ answeredRequest: boolean; alreadySent?: boolean } | null> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("cases")
      .select(["id", "status"])
      .where("id", "=", input.caseId)
      .where("resident_id", "=", input.residentId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) return null;
    // The same form again (a retry after the answer was lost): the message is there already.
    if (!(await claimSubmitKey(trx, { residentId: input.residentId, key: input.submitKey ?? null, purpose: "case_message", caseId: input.caseId }))) return { answeredRequest: false, alreadySent: true };
    let documentId: string | null = null;
    if (input.upload) {
      const stored = await trx
        .insertInto("documents")
        .values({
          case_id: input.caseId,
          resident_id: input.residentId,
          uploaded_by_type: "resident",
          uploaded_by_id: input.actor.id,
          file_name: input.upload.fileName,
          content_type: input.upload.contentType,
          size_bytes: input.upload.size,
          sha256: input.upload.sha256,
          content: input.upload.content,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      documentId = stored.id;
    }
    const answeredRequest = current.status === "aanvulling_gevraagd";
    await trx
      .insertInto("case_events")
      .values({
        case_id: input.caseId,
        type: answeredRequest ? "aanvulling_geleverd" : "bericht_inwoner",
        actor_type: "resident",
        actor_id: input.actor.id,
        data: JSON.stringify({ text: input.text, documentId, helpSessionId: input.actor.helpSessionId ?? undefined }),
      })
      .execute();
    if (answeredRequest) {
      // The Awb clock ran out of the municipality's hands while it waited: the deadline moves
      // on by the days the resident took.
      await trx
        .updateTable("cases")
        .set({ status: "in_behandeling", deadline: sql`deadline + coalesce(current_date - waiting_since, 0)`, waiting_since: null, updated_at: sql`now()` })
        .where("id", "=", input.caseId)
        .execute();
      await trx
        .insertInto("case_events")
        .values({ case_id: input.caseId, type: "status_gewijzigd", actor_type: "system", actor_id: null, data: JSON.stringify({ from: "aanvulling_gevraagd", to: "in_behandeling" }) })
        .execute();
    }
    return { answeredRequest };
  });
}

/** "Hoe ging het?" — once per case, anonymous in the figures (no resident id is stored). */
export async function recordFeedback(db: Database, input: { residentId: string; caseId: string; answer: "makkelijk" | "moeilijk" | "hulp_nodig"; comment?: string }) {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("cases")
      .set({ feedback_given: true })
      .where("id", "=", input.caseId)
      .where("resident_id", "=", input.residentId)
      .where("feedback_given", "=", false)
      .returning("municipality_id")
      .executeTakeFirst();
    if (!updated) return false;
    await trx.insertInto("feedback").values({ municipality_id: updated.municipality_id, case_id: input.caseId, answer: input.answer, comment: input.comment ?? null }).execute();
    return true;
  });
}
