import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";

/** The newest cases of the staff member's own municipality (the full queue builds on this). */
export async function listRecentMunicipalityCases(db: Database, staff: Staff, limit = 10) {
  return db
    .selectFrom("cases")
    .select(["id", "reference", "type", "status", "deadline", "submitted_at"])
    .where("municipality_id", "=", staff.municipality_id)
    .orderBy("submitted_at", "desc")
    .limit(limit)
    .execute();
}
