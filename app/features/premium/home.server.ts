import type { Municipality } from "~/features/municipalities/municipalities.server";
import { todayIso } from "~/lib/date-schema";
import type { Database } from "~/lib/db.server";
import type { Resident } from "~/lib/db-schema";
import type { Language } from "~/lib/i18n";
import { evaluateDraft, getKnownFacts, getPremiumDraft } from "./application.server";
import { formatEuro } from "./explain.server";
import { getCurrentRuleSet } from "./rule-sets.server";

/**
 * What Mijn Meedoen says about the premium (the advisory board asked why residents must apply at
 * all, seeds 002:110-112; Lansingerland sends a card for the same reason, 002:649):
 * - a task when the resident's known dates make them eligible today but nothing was sent yet
 *   (for example the check said "from 1 August" and that day has come);
 * - otherwise a plain link for residents of a municipality that has premium rules.
 * Nothing once an application was sent (unless it was refused: a new job may qualify).
 */
export async function getPremiumHomeHint(db: Database, resident: Resident, municipality: Municipality | null, lang: Language): Promise<{ task: { amount: string | null } | null; link: boolean }> {
  const none = { task: null, link: false };
  if (!municipality) return none;
  const ruleSet = await getCurrentRuleSet(db, municipality.id);
  if (!ruleSet) return none;
  const sent = await db
    .selectFrom("cases")
    .select("id")
    .where("resident_id", "=", resident.id)
    .where("type", "=", "uitstroompremie")
    .where("status", "!=", "afgewezen")
    .limit(1)
    .executeTakeFirst();
  if (sent) return none;
  const draft = await getPremiumDraft(db, resident.id);
  const checked = draft ? await evaluateDraft(draft, ruleSet, await getKnownFacts(db, resident, municipality), todayIso()) : null;
  if (checked?.evaluation.outcome === "eligible") {
    const cents = checked.evaluation.amountCents;
    return { task: { amount: cents === null ? null : formatEuro(cents, lang) }, link: false };
  }
  return { task: null, link: true };
}
