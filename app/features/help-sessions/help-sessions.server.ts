import { sql } from "kysely";
import { upsertResidentFromIdentity } from "~/features/account/residents.server";
import { recordAudit } from "~/lib/audit.server";
import type { BsnCrypto } from "~/lib/crypto.server";
import type { Database } from "~/lib/db.server";
import type { IdDocumentKind, Resident, Staff } from "~/lib/db-schema";
import { testResidentIdentity, testResidents } from "../../../db/seed/identities";

/**
 * Finds the resident a Servicepunt employee is about to help: BSN and date of birth must both
 * match, and the resident must live in the employee's municipality. A resident who never logged
 * in is not in Meedoen yet; in development the test identities stand in for the BRP, so they
 * can be helped before their first login.
 */
export async function findResidentForHelp(
  db: Database,
  bsnCrypto: BsnCrypto,
  input: { bsn: string; birthDate: string; municipalityId: string; useTestRegistry: boolean },
): Promise<Resident | null> {
  const bsn = input.bsn.padStart(9, "0");
  let resident = (await db.selectFrom("residents").selectAll().where("bsn_hash", "=", bsnCrypto.lookupHash(bsn)).executeTakeFirst()) ?? null;
  if (!resident && input.useTestRegistry) {
    const person = testResidents.find((p) => p.bsn === bsn);
    if (person) resident = await upsertResidentFromIdentity(db, bsnCrypto, testResidentIdentity(person));
  }
  if (!resident || resident.birth_date !== input.birthDate || resident.municipality_id !== input.municipalityId) return null;
  return resident;
}

export async function startHelpSession(db: Database, staff: Staff, input: { resident: Resident; location: string; idDocumentKind: IdDocumentKind }) {
  const created = await db
    .insertInto("help_sessions")
    .values({ municipality_id: staff.municipality_id, staff_id: staff.id, resident_id: input.resident.id, location: input.location, id_document_kind: input.idDocumentKind, consent_given_at: new Date() })
    .returning(["id", "started_at"])
    .executeTakeFirstOrThrow();
  await recordAudit(db, {
    actor: { type: "staff", id: staff.id },
    action: "help_session_started",
    municipalityId: staff.municipality_id,
    subject: { type: "resident", id: input.resident.id },
    reason: "Servicepunt helps the resident fill in forms",
    details: { helpSessionId: created.id, idDocumentKind: input.idDocumentKind },
  });
  return created;
}

/** Ends a help session once; ending it again changes nothing. */
export async function endHelpSession(db: Database, helpSessionId: string, reason: "beeindigd" | "inactief" | "uitgelogd") {
  const ended = await db
    .updateTable("help_sessions")
    .set({ ended_at: sql`now()`, end_reason: reason })
    .where("id", "=", helpSessionId)
    .where("ended_at", "is", null)
    .returning(["staff_id", "resident_id", "municipality_id"])
    .executeTakeFirst();
  if (ended) {
    await recordAudit(db, {
      actor: { type: "staff", id: ended.staff_id },
      action: "help_session_ended",
      municipalityId: ended.municipality_id,
      subject: { type: "resident", id: ended.resident_id },
      details: { helpSessionId, reason },
    });
  }
}

/** The running help session of this employee, or null when it ended (by them, idle, or logout). */
export async function getActiveHelpSession(db: Database, helpSessionId: string, staffId: string) {
  return (
    (await db
      .selectFrom("help_sessions")
      .innerJoin("staff", "staff.id", "help_sessions.staff_id")
      .innerJoin("residents", "residents.id", "help_sessions.resident_id")
      .select([
        "help_sessions.id",
        "help_sessions.resident_id",
        "help_sessions.location",
        "help_sessions.started_at",
        "staff.name as staff_name",
        "residents.given_name",
        "residents.family_name",
        "residents.preferred_language",
      ])
      .where("help_sessions.id", "=", helpSessionId)
      .where("help_sessions.staff_id", "=", staffId)
      .where("help_sessions.ended_at", "is", null)
      .executeTakeFirst()) ?? null
  );
}

/** The resident's past help sessions with what was sent in each, for their home page. */
export async function listHelpSessionsOfResident(db: Database, residentId: string) {
  const sessions = await db
    .selectFrom("help_sessions")
    .innerJoin("staff", "staff.id", "help_sessions.staff_id")
    .select(["help_sessions.id", "help_sessions.location", "help_sessions.started_at", "staff.name as staff_name"])
    .where("help_sessions.resident_id", "=", residentId)
    .orderBy("help_sessions.started_at", "desc")
    .limit(20)
    .execute();
  const cases = sessions.length
    ? await db
        .selectFrom("cases")
        .select(["id", "reference", "type", "help_session_id"])
        .where(
          "help_session_id",
          "in",
          sessions.map((s) => s.id),
        )
        .execute()
    : [];
  return sessions.map((s) => ({ ...s, cases: cases.filter((c) => c.help_session_id === s.id) }));
}

/** What was sent during one help session: the summary printed at the end. */
export async function listCasesOfHelpSession(db: Database, helpSessionId: string) {
  return db.selectFrom("cases").select(["id", "reference", "type", "submitted_at", "deadline"]).where("help_session_id", "=", helpSessionId).orderBy("submitted_at").execute();
}

/** Initials only in the bar on every page: enough for the employee, little for a passer-by. */
export function initialsOf(givenName: string, familyName: string): string {
  return [givenName, ...familyName.split(/\s+/).filter((part) => part && part[0] === part[0]!.toUpperCase())]
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join("");
}
