import type { BsnCrypto } from "~/lib/crypto.server";
import type { Database } from "~/lib/db.server";

/**
 * Everything Meedoen keeps about one resident, for their right of access (AVG art. 15): their
 * details, every case with what they sent, the decision and the events they may see, the files
 * (listed; each can be downloaded from its case), drafts, profiles, acknowledgements, benefits,
 * help sessions and the messages sent to them. Internal notes of staff are left out: they are
 * work documents of the municipality, not the resident's personal data record in this portal.
 */
export async function exportResidentData(db: Database, bsnCrypto: BsnCrypto, residentId: string) {
  const resident = await db.selectFrom("residents").selectAll().where("id", "=", residentId).executeTakeFirstOrThrow();
  const cases = await db
    .selectFrom("cases")
    .select(["id", "reference", "type", "status", "submitted_at", "deadline", "language", "tags", "submission", "decision", "decided_at", "closed_at", "help_session_id"])
    .where("resident_id", "=", residentId)
    .orderBy("submitted_at")
    .execute();
  const caseIds = cases.map((c) => c.id);
  const [events, documents, drafts, profiles, acknowledgements, benefits, helpSessions, notifications] = await Promise.all([
    caseIds.length
      ? db.selectFrom("case_events").select(["case_id", "occurred_at", "type", "actor_type", "data"]).where("case_id", "in", caseIds).where("visible_to_resident", "=", true).orderBy("occurred_at").execute()
      : [],
    db.selectFrom("documents").select(["case_id", "file_name", "content_type", "size_bytes", "created_at"]).where("resident_id", "=", residentId).orderBy("created_at").execute(),
    db.selectFrom("drafts").select(["form_type", "answers", "last_step", "expires_at", "updated_at"]).where("resident_id", "=", residentId).execute(),
    db.selectFrom("jobseeker_profiles").select(["version", "profile", "created_at"]).where("resident_id", "=", residentId).orderBy("version").execute(),
    db.selectFrom("acknowledgements").select(["text_key", "text_version", "language", "acknowledged_at"]).where("resident_id", "=", residentId).orderBy("acknowledged_at").execute(),
    db.selectFrom("benefits").select(["kind", "started_on", "ended_on"]).where("resident_id", "=", residentId).execute(),
    db
      .selectFrom("help_sessions")
      .innerJoin("staff", "staff.id", "help_sessions.staff_id")
      .select(["staff.name as helper", "help_sessions.location", "help_sessions.id_document_kind", "help_sessions.started_at", "help_sessions.ended_at"])
      .where("help_sessions.resident_id", "=", residentId)
      .orderBy("help_sessions.started_at")
      .execute(),
    db.selectFrom("notifications").select(["kind", "channel", "status", "sent_at"]).where("resident_id", "=", residentId).orderBy("created_at").execute(),
  ]);
  return {
    about: "Meedoen: alle gegevens die wij over u bewaren (inzage, AVG artikel 15)",
    madeAt: new Date().toISOString(),
    you: {
      bsn: bsnCrypto.decrypt(resident.bsn_encrypted),
      givenName: resident.given_name,
      familyName: resident.family_name,
      birthDate: resident.birth_date,
      address: { street: resident.street_address, postalCode: resident.postal_code, locality: resident.locality },
      email: resident.email,
      mobile: resident.mobile,
      remindersBy: resident.reminder_channel,
      language: resident.preferred_language,
      firstSeen: resident.created_at,
      lastLogin: resident.last_login_at,
    },
    cases: cases.map((c) => ({
      ...c,
      events: events.filter((e) => e.case_id === c.id).map(({ case_id: _case, ...event }) => event),
      files: documents.filter((d) => d.case_id === c.id).map(({ case_id: _case, ...file }) => file),
    })),
    drafts,
    jobseekerProfiles: profiles,
    acknowledgements,
    benefits,
    helpSessions,
    messagesSent: notifications,
  };
}
