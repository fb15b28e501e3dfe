import type { Database } from "~/lib/db.server";
import type { CaseType } from "~/lib/db-schema";
import type { Language } from "~/lib/i18n";
import { canCorrect, listChangeVersions } from "./changes.server";
import { versionsDisplay } from "./display.server";

/**
 * What a case page shows of a change report or a periodic check: every version of the report
 * (both sides see them), whether the resident may still correct it, and for a check its
 * answers and the change case it led to. `db` is scoped by the caller: by resident, or by
 * municipality (withMunicipalityScope) for staff.
 */
type CaseRow = { id: string; type: CaseType; assignee_id: string | null; closed_at: Date | null; decided_at: Date | null; submission: Record<string, unknown> };

export async function loadChangeCaseView(db: Database, found: CaseRow, lang: Language, residentId?: string) {
  if (found.type === "wijziging") {
    const versions = await listChangeVersions(db, found.id, residentId);
    const linked = (found.submission.controleRonde as string | undefined) ? await linkedCases(db, found.id) : [];
    return { kind: "change" as const, versions: versionsDisplay(versions, lang), correctable: canCorrect(found), pickedUp: found.assignee_id !== null, linked };
  }
  if (found.type === "periodieke_check") {
    const answers = (found.submission.antwoorden ?? {}) as Record<string, "niets" | "wel">;
    return { kind: "check" as const, answers: Object.entries(answers).map(([slug, answer]) => ({ slug, answer })), linked: await linkedCases(db, found.id), noReply: found.submission.antwoord === null };
  }
  return null;
}

async function linkedCases(db: Database, caseId: string) {
  const events = await db.selectFrom("case_events").select("data").where("case_id", "=", caseId).where("type", "=", "gekoppeld").execute();
  return events.map((e) => ({ id: String(e.data.caseId), reference: String(e.data.reference) }));
}

export type ChangeCaseView = NonNullable<Awaited<ReturnType<typeof loadChangeCaseView>>>;
