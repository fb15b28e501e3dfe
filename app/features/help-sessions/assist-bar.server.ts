import type { Database } from "~/lib/db.server";
import { isLanguage } from "~/lib/i18n";
import type { AssistBar } from "~/lib/root-data";
import { getResources } from "~/lib/translations.server";
import { getActiveHelpSession, initialsOf } from "./help-sessions.server";

const time = new Intl.DateTimeFormat("nl-NL", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Amsterdam" });

/**
 * The help-session bar for the layout. The employee's bar stays Dutch while the page is in the
 * resident's language, so its texts are taken from the Dutch locale here, on the server.
 */
export async function loadAssistBar(db: Database, helpSessionId: string, staffId: string): Promise<AssistBar | null> {
  const active = await getActiveHelpSession(db, helpSessionId, staffId);
  if (!active) return null;
  const dutch = (getResources("nl").common as { assist: Record<string, string> }).assist;
  const startedAt = time.format(active.started_at);
  const initials = initialsOf(active.given_name, active.family_name);
  const residentLanguage = isLanguage(active.preferred_language) ? active.preferred_language : null;
  const languageNames = (getResources("nl").common as { staffCase: { languages: Record<string, string> } }).staffCase.languages;
  return {
    residentLanguage,
    texts: {
      bar: dutch.bar!.replace("{{initials}}", initials).replace("{{time}}", startedAt),
      end: dutch.end!,
      summary: dutch.summary!,
      residentLanguage: residentLanguage && residentLanguage !== "nl" ? dutch.residentLanguage!.replace("{{language}}", languageNames[residentLanguage] ?? residentLanguage) : null,
    },
  };
}
