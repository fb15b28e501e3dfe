import { sql } from "kysely";
import type { Database } from "~/lib/db.server";
import type { CaseDecision, CaseStatus, Staff } from "~/lib/db-schema";
import { OPEN_STATUSES } from "./case-kinds";

/**
 * What a klantmanager does with a case. Each action changes the case row (the queue's view of
 * it) and appends an event with who and when; events are never edited (a database trigger
 * refuses). Every function takes the municipality-scoped `db` from withMunicipalityScope, which
 * is already a transaction, so the row check and the event land together or not at all.
 *
 * Each returns what happened, so the page can tell the klantmanager, in particular when a
 * colleague was quicker.
 */
export type ActionResult = { ok: true } | { ok: false; reason: "not_found" | "taken" | "closed" | "not_colleague" };

async function addEvent(db: Database, caseId: string, staff: Staff, type: string, data: Record<string, unknown>, visibleToResident = true) {
  await db.insertInto("case_events").values({ case_id: caseId, type, actor_type: "staff", actor_id: staff.id, visible_to_resident: visibleToResident, data: JSON.stringify(data) }).execute();
}

/** Pick up: only an unassigned case, in one conditional update, so of two klantmanagers clicking at once exactly one wins. */
export async function pickUpCase(db: Database, staff: Staff, caseId: string): Promise<ActionResult> {
  const picked = await db
    .updateTable("cases")
    .set({ assignee_id: staff.id, picked_up_at: sql`now()`, status: sql`case when status = 'ontvangen' then 'in_behandeling' else status end`, updated_at: sql`now()` })
    .where("id", "=", caseId)
    .where("assignee_id", "is", null)
    .where("closed_at", "is", null)
    .returning(["id"])
    .executeTakeFirst();
  if (!picked) return (await caseExists(db, caseId)) ? { ok: false, reason: "taken" } : { ok: false, reason: "not_found" };
  await addEvent(db, caseId, staff, "opgepakt", { assigneeName: staff.name }, false);
  return { ok: true };
}

/** Hand a case to a colleague of the same municipality, with a note for them. */
export async function reassignCase(db: Database, staff: Staff, input: { caseId: string; colleagueId: string; note: string }): Promise<ActionResult> {
  const colleague = await db.selectFrom("staff").select(["id", "name"]).where("id", "=", input.colleagueId).where("role", "=", "klantmanager").where("municipality_id", "=", staff.municipality_id).executeTakeFirst();
  if (!colleague) return { ok: false, reason: "not_colleague" };
  const moved = await db
    .updateTable("cases")
    .set({ assignee_id: colleague.id, picked_up_at: sql`coalesce(picked_up_at, now())`, status: sql`case when status = 'ontvangen' then 'in_behandeling' else status end`, updated_at: sql`now()` })
    .where("id", "=", input.caseId)
    .where("closed_at", "is", null)
    .returning(["id"])
    .executeTakeFirst();
  if (!moved) return { ok: false, reason: "not_found" };
  await addEvent(db, input.caseId, staff, "toegewezen", { assigneeName: colleague.name, text: input.note }, false);
  return { ok: true };
}

/** An internal note: for colleagues only, never shown to the resident. */
export async function addInternalNote(db: Database, staff: Staff, input: { caseId: string; text: string }): Promise<ActionResult> {
  if (!(await caseExists(db, input.caseId))) return { ok: false, reason: "not_found" };
  await addEvent(db, input.caseId, staff, "notitie", { text: input.text }, false);
  return { ok: true };
}

/** Ask the resident for more: a task on their home page, and the Awb clock pauses until they answer. */
export async function requestInformation(db: Database, staff: Staff, input: { caseId: string; message: string; dueDate?: string | null }): Promise<ActionResult> {
  const updated = await db
    .updateTable("cases")
    .set({ status: "aanvulling_gevraagd", waiting_since: sql`coalesce(waiting_since, current_date)`, updated_at: sql`now()` })
    .where("id", "=", input.caseId)
    .where("status", "in", OPEN_STATUSES)
    .returning(["id", "municipality_id", "resident_id"])
    .executeTakeFirst();
  if (!updated) return (await caseExists(db, input.caseId)) ? { ok: false, reason: "closed" } : { ok: false, reason: "not_found" };
  await addEvent(db, input.caseId, staff, "aanvulling_gevraagd", { text: input.message, dueDate: input.dueDate ?? null });
  // Outside the portal too, by e-mail, SMS or letter as they chose; the message itself only says
  // "you have a task" (notifications/messages.server.ts), the question stays behind the login.
  await db.insertInto("notifications").values({ municipality_id: updated.municipality_id, resident_id: updated.resident_id, case_id: updated.id, kind: "information_requested" }).execute();
  return { ok: true };
}

/** The decision, with its reason. The resident sees it in their language with the Dutch beside it. */
export async function decideCase(db: Database, staff: Staff, input: { caseId: string; decision: CaseDecision }): Promise<ActionResult> {
  const status: CaseStatus = input.decision.outcome;
  const decided = await db
    .updateTable("cases")
    .set({ status, decision: JSON.stringify(input.decision), decided_at: sql`now()`, waiting_since: null, updated_at: sql`now()` })
    .where("id", "=", input.caseId)
    .where("status", "in", OPEN_STATUSES)
    .returning("id")
    .executeTakeFirst();
  if (!decided) return (await caseExists(db, input.caseId)) ? { ok: false, reason: "closed" } : { ok: false, reason: "not_found" };
  await addEvent(db, input.caseId, staff, "besluit", { outcome: input.decision.outcome, template: input.decision.template, text: input.decision.text });
  return { ok: true };
}

/** Close a decided case: it leaves every open view and counts as done in the figures. */
export async function closeCase(db: Database, staff: Staff, caseId: string): Promise<ActionResult> {
  const closed = await db
    .updateTable("cases")
    .set({ closed_at: sql`now()`, updated_at: sql`now()` })
    .where("id", "=", caseId)
    .where("status", "not in", OPEN_STATUSES)
    .where("closed_at", "is", null)
    .returning("id")
    .executeTakeFirst();
  if (!closed) return (await caseExists(db, caseId)) ? { ok: false, reason: "closed" } : { ok: false, reason: "not_found" };
  await addEvent(db, caseId, staff, "gesloten", {}, false);
  return { ok: true };
}

async function caseExists(db: Database, caseId: string): Promise<boolean> {
  return Boolean(await db.selectFrom("cases").select("id").where("id", "=", caseId).executeTakeFirst());
}
