import { auditStaffRead } from "~/lib/audit.server";
import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * One case as the klantmanager sees it: the submission, the resident's basic details, their
 * earlier cases, the files and the whole timeline including internal notes. `db` comes from
 * withMunicipalityScope, so another municipality's case is simply not there (→ 404). Opening
 * the case is a view of the resident's data and is written to the audit log.
 */
export async function getStaffCaseDetail(db: Database, staff: Staff, caseId: string) {
  if (!UUID.test(caseId)) return null;
  const found = await db
    .selectFrom("cases")
    .leftJoin("staff as assignee", "assignee.id", "cases.assignee_id")
    .selectAll("cases")
    .select(["assignee.name as assignee_name"])
    .where("cases.id", "=", caseId)
    .executeTakeFirst();
  if (!found) return null;
  const [resident, events, documents, earlierCases] = await Promise.all([
    db
      .selectFrom("residents")
      .select(["id", "given_name", "family_name", "birth_date", "street_address", "postal_code", "locality", "email", "mobile", "preferred_language"])
      .where("id", "=", found.resident_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("case_events")
      .leftJoin("staff", "staff.id", "case_events.actor_id")
      .select(["case_events.id", "case_events.type", "case_events.actor_type", "case_events.occurred_at", "case_events.data", "case_events.visible_to_resident", "staff.name as staff_name"])
      .where("case_events.case_id", "=", caseId)
      .orderBy("case_events.occurred_at")
      .orderBy("case_events.id")
      .execute(),
    db.selectFrom("documents").select(["id", "file_name", "size_bytes", "created_at"]).where("case_id", "=", caseId).orderBy("created_at").execute(),
    db
      .selectFrom("cases")
      .select(["id", "reference", "type", "status", "submitted_at"])
      .where("resident_id", "=", found.resident_id)
      .where("id", "!=", caseId)
      .orderBy("submitted_at", "desc")
      .limit(20)
      .execute(),
  ]);
  await auditStaffRead(db, staff, { residentId: found.resident_id, what: `case ${found.reference}`, why: "case opened in the queue" });
  return { case: found, resident, events, documents, earlierCases };
}

/** A file of a case, for the klantmanager: scoped like the case itself. */
export async function getStaffDocument(db: Database, staff: Staff, caseId: string, documentId: string) {
  if (!UUID.test(caseId) || !UUID.test(documentId)) return null;
  const document = await db
    .selectFrom("documents")
    .select(["file_name", "content_type", "content", "resident_id"])
    .where("id", "=", documentId)
    .where("case_id", "=", caseId)
    .executeTakeFirst();
  if (!document) return null;
  await auditStaffRead(db, staff, { residentId: document.resident_id, what: `document ${documentId}`, why: "file opened from a case" });
  return document;
}

/** Klantmanagers of the same municipality, for "give to a colleague". */
export async function listColleagues(db: Database, staff: Staff) {
  return db.selectFrom("staff").select(["id", "name"]).where("role", "=", "klantmanager").where("id", "!=", staff.id).orderBy("name").execute();
}

/** "Ingevuld met hulp van Servicepunt …, medewerker …": who helped the resident fill it in. */
export async function getHelpSessionHelper(db: Database, helpSessionId: string) {
  return (
    (await db
      .selectFrom("help_sessions")
      .innerJoin("staff", "staff.id", "help_sessions.staff_id")
      .select(["help_sessions.location", "staff.name"])
      .where("help_sessions.id", "=", helpSessionId)
      .executeTakeFirst()) ?? null
  );
}
