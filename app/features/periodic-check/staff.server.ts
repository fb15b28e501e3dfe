import { auditStaffRead } from "~/lib/audit.server";
import type { Database } from "~/lib/db.server";
import type { Staff } from "~/lib/db-schema";
import { getCheckRoundFigures } from "./rounds.server";

/**
 * The staff side of the periodic check: the figures per round, and the letters to print for
 * residents who chose post. `db` comes from withMunicipalityScope.
 */
export async function loadCheckRoundsPage(db: Database, staff: Staff) {
  const [rounds, letters] = await Promise.all([
    getCheckRoundFigures(db, staff.municipality_id),
    db
      .selectFrom("letter_tasks")
      .innerJoin("residents", "residents.id", "letter_tasks.resident_id")
      .select([
        "letter_tasks.id",
        "letter_tasks.resident_id",
        "letter_tasks.language",
        "letter_tasks.created_at",
        "residents.given_name",
        "residents.family_name",
        "residents.street_address",
        "residents.postal_code",
        "residents.locality",
      ])
      .where("letter_tasks.done_at", "is", null)
      .orderBy("letter_tasks.created_at")
      .limit(50)
      .execute(),
  ]);
  for (const letter of letters) await auditStaffRead(db, staff, { residentId: letter.resident_id, what: "name and address for a reminder letter", why: "letters to send" });
  return { rounds, letters };
}

export async function markLetterSent(db: Database, staff: Staff, letterId: string) {
  if (!/^[0-9a-f-]{36}$/.test(letterId)) return false;
  const updated = await db.updateTable("letter_tasks").set({ done_at: new Date(), done_by: staff.id }).where("id", "=", letterId).where("done_at", "is", null).executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}
