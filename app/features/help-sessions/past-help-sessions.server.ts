import type { Database } from "~/lib/db.server";
import type { Language } from "~/lib/db-schema";
import { formatDate } from "~/lib/format-date.server";
import { listHelpSessionsOfResident } from "./help-sessions.server";

/** The resident's past help sessions for their home page: who, when, where, what was sent. */
export async function loadPastHelpSessions(db: Database, residentId: string, lang: Language) {
  const sessions = await listHelpSessionsOfResident(db, residentId);
  return sessions.map((s) => ({
    id: s.id,
    date: formatDate(s.started_at, lang),
    helper: s.staff_name,
    location: s.location,
    cases: s.cases.map((c) => ({ id: c.id, reference: c.reference, type: c.type })),
  }));
}
