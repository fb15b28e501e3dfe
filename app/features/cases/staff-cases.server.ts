import { sql } from "kysely";
import { auditStaffRead } from "~/lib/audit.server";
import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";

/**
 * Staff reads are scoped by the staff member's municipality: a case of another municipality
 * is not found. (Row-level security in the database follows with the case queue.)
 */
export async function getStaffCase(db: Database, staff: Staff, caseId: string) {
  if (!/^[0-9a-f-]{36}$/.test(caseId)) return null;
  const found = await db
    .selectFrom("cases")
    .innerJoin("residents", "residents.id", "cases.resident_id")
    .select(["cases.id", "cases.reference", "cases.type", "cases.status", "cases.deadline", "cases.submitted_at", "cases.tags", "cases.submission", "cases.resident_id", "residents.given_name", "residents.family_name"])
    .where("cases.id", "=", caseId)
    .where("cases.municipality_id", "=", staff.municipality_id)
    .executeTakeFirst();
  if (!found) return null;
  await auditStaffRead(db, staff, { residentId: found.resident_id, what: `case ${found.reference}`, why: "case opened in the queue" });
  const events = await db.selectFrom("case_events").select(["id", "type", "actor_type", "occurred_at", "data", "visible_to_resident"]).where("case_id", "=", caseId).orderBy("occurred_at").orderBy("id").execute();
  return { ...found, events };
}

/** Ask the resident for more: a task on their home page, and the case waits for them. */
export async function requestInformation(db: Database, staff: Staff, input: { caseId: string; message: string; dueDate?: string }): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("cases")
      .set({ status: "aanvulling_gevraagd", updated_at: sql`now()` })
      .where("id", "=", input.caseId)
      .where("municipality_id", "=", staff.municipality_id)
      .where("status", "in", ["ontvangen", "in_behandeling", "aanvulling_gevraagd"])
      .returning("id")
      .executeTakeFirst();
    if (!updated) return false;
    await trx
      .insertInto("case_events")
      .values({ case_id: input.caseId, type: "aanvulling_gevraagd", actor_type: "staff", actor_id: staff.id, data: JSON.stringify({ text: input.message, dueDate: input.dueDate ?? null }) })
      .execute();
    return true;
  });
}
